package uk.missingchildren.response.followup;

import java.util.List;

/**
 * A follow-up meeting with its attendees and its agenda, read in one go for a page or the minutes.
 */
public record FollowUpView(
    FollowUpMeeting meeting, List<FollowUpAttendee> attendees, Agenda agenda) {}
