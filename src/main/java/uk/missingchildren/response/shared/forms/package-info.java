/**
 * What every form of the service carries and guarantees: a token per rendering so that a form sent
 * twice does one thing ({@link uk.missingchildren.response.shared.forms.FormSubmissions}), and a
 * signed marker of who the page was drawn for, so that a form kept through signing in again is only
 * offered back to that person ({@link uk.missingchildren.response.shared.forms.FormOwnerMarkers}).
 */
package uk.missingchildren.response.shared.forms;
