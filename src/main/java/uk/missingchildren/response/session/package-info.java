/**
 * Keeping long meetings safe from sign-in problems: the warning before an idle session ends, the
 * "stay signed in" call, and keeping a form that was posted after the session expired so it can be
 * sent again once the person signs back in.
 */
package uk.missingchildren.response.session;
