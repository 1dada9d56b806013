package uk.missingchildren.response.meeting;

import java.util.UUID;

/**
 * A meeting found in the partnership and still in progress ({@link MeetingKind#openForChanges}).
 *
 * @param auditSubject what the audit log calls it, such as "Benchmark of 2026-11-02"
 * @param page what the shared attendee pages say about it
 */
public record OpenMeeting(UUID id, String auditSubject, AttendeesPage page) {}
