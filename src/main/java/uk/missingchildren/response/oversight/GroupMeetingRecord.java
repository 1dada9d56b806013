package uk.missingchildren.response.oversight;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What is recorded of a group's meeting, checked and tidied; {@code responses} are the group's
 * responses to raised actions, by action id, blank ones left out.
 */
public record GroupMeetingRecord(
    LocalDate meetingDate,
    String facilitator,
    String noteTaker,
    String attendees,
    String minutes,
    Map<UUID, String> responses) {}
