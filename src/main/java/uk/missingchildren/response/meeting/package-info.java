/**
 * What every kind of meeting shares (a stage-one benchmark, a checklist review, a follow-up): its
 * details, who attended, and the rule that a finished meeting is locked. Each kind plugs in a
 * {@link uk.missingchildren.response.meeting.MeetingKind} for what differs. This package depends on
 * no feature package; the features depend on it.
 */
package uk.missingchildren.response.meeting;
