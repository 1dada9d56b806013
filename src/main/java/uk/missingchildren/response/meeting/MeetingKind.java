package uk.missingchildren.response.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * What differs between the kinds of meeting for the pages and rules they share: where the meeting
 * lives, what the audit log calls it, and the table its attendees are kept in. Each kind's package
 * provides one as a bean.
 */
public interface MeetingKind {

  /**
   * The part of the meeting's address after {@code /partnerships/{id}/}, such as {@code
   * benchmarks}.
   */
  String pathSegment();

  /**
   * The start of the kind's audit codes, such as {@code BENCHMARK} for {@code
   * BENCHMARK_ATTENDEE_ADDED}.
   */
  String auditPrefix();

  /**
   * The meeting, for changing who attended.
   *
   * @throws RuntimeException the kind's own "not found" exception if it is not in the partnership
   * @throws MeetingLockedException if it is no longer in progress
   */
  OpenMeeting openForChanges(PartnershipContext context, UUID meetingId);

  /** Its attendees, in the order they were added. */
  List<? extends MeetingAttendee> attendees(OpenMeeting meeting);

  Optional<? extends MeetingAttendee> attendee(OpenMeeting meeting, UUID attendeeId);

  /** Adds and stores an attendee. */
  MeetingAttendee add(OpenMeeting meeting, String name, Agency agency, String role, Instant now);

  void remove(MeetingAttendee attendee);

  /**
   * The partnership's most recent meeting of this kind that anyone attended, other than {@code
   * exceptMeetingId}, with its attendees: for "the same people as last time".
   */
  Optional<PastMeeting> latestWithAttendees(PartnershipContext context, UUID exceptMeetingId);

  /**
   * What members following the meeting see, with its presenter view showing {@code position} (as
   * the kind's pages give it to {@link MeetingPositions#presenting}), or nothing yet if null or no
   * longer part of the meeting.
   *
   * @throws RuntimeException the kind's own "not found" exception if it is not in the partnership
   */
  MeetingNow now(PartnershipContext context, UUID meetingId, String position);

  /** The kind's "not found" exception, which the error pages turn into a 404. */
  RuntimeException notFound();
}
