/**
 * Follow-up review meetings: a partnership steps through its open actions (all of them, only those
 * due or overdue, or one area's or one agency's), records progress, impact, amendments and
 * closures, and takes the minutes away as a page, PDF or Word document.
 */
package uk.missingchildren.response.followup;
