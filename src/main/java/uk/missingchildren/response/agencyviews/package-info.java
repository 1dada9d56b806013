/**
 * Every agency's own view before a meeting, and where they differ. A coordinator asks the people
 * coming to give their provisional answers by a personal, single-use link; each sees only their own
 * until the meeting. In the meeting the coordinators and the facilitator see how far apart the
 * agencies are (the framework's {@link uk.missingchildren.response.framework.SpreadMeasure}); the
 * group still agrees one answer, and an agency can have its different view recorded beside it. Each
 * kind of meeting plugs in a {@link uk.missingchildren.response.agencyviews.ViewsMeeting}.
 */
package uk.missingchildren.response.agencyviews;
