/**
 * Web plumbing shared by every feature: the page frame's model, static assets and safe redirects.
 */
package uk.missingchildren.response.shared.web;
