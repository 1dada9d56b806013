/**
 * The public pages: start page, information sheet, resources, accessibility statement, privacy
 * notice and cookies.
 */
package uk.missingchildren.response.site;
