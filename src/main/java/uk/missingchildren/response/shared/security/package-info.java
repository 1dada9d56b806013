/** Spring Security configuration, response headers and the Content-Security-Policy nonce. */
package uk.missingchildren.response.shared.security;
