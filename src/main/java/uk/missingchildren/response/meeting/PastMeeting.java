package uk.missingchildren.response.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A meeting held before, of any kind, and who attended it: for "the same people as last time".
 *
 * @param kindKey the message key naming the kind of meeting, such as "stage one meeting"
 */
public record PastMeeting(
    UUID id,
    String kindKey,
    LocalDate meetingDate,
    Instant createdAt,
    List<? extends MeetingAttendee> attendees) {

  /** The latest first: by meeting date, then by when it was set up. */
  static final Comparator<PastMeeting> LATEST_FIRST =
      Comparator.comparing(PastMeeting::meetingDate)
          .thenComparing(PastMeeting::createdAt)
          .reversed();
}
