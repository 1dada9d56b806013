/**
 * Low Vision Mode: a high-contrast, larger-text presentation that anyone can switch on from any
 * page, kept in a cookie so it lasts across pages and visits, and works without JavaScript.
 */
package uk.missingchildren.response.displaymode;
