package uk.missingchildren.response.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Who is at a meeting of any kind: people can be added, corrected and removed while it is in
 * progress, and each change is in the audit log.
 */
@Service
public class AttendeeService {

  private final AuditLog audit;
  private final Clock clock;

  AttendeeService(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** The meeting, checked to be in the partnership and in progress, for the attendee pages. */
  @Transactional(readOnly = true)
  public OpenMeeting open(PartnershipContext context, MeetingKind kind, UUID meetingId) {
    return kind.openForChanges(context.requireEditor(), meetingId);
  }

  @Transactional(readOnly = true)
  public List<? extends MeetingAttendee> attendees(
      PartnershipContext context, MeetingKind kind, UUID meetingId) {
    return kind.attendees(open(context, kind, meetingId));
  }

  @Transactional(readOnly = true)
  public MeetingAttendee attendee(
      PartnershipContext context, MeetingKind kind, UUID meetingId, UUID attendeeId) {
    return find(kind, open(context, kind, meetingId), attendeeId);
  }

  @Transactional
  public MeetingAttendee add(
      PartnershipContext context, MeetingKind kind, UUID meetingId, AttendeeForm form) {
    OpenMeeting meeting = open(context, kind, meetingId);
    MeetingAttendee attendee =
        kind.add(meeting, form.cleanName(), form.getAgency(), form.cleanRole(), clock.instant());
    record(context, kind, "ADDED", meeting, attendee.describe());
    return attendee;
  }

  @Transactional
  public void change(
      PartnershipContext context,
      MeetingKind kind,
      UUID meetingId,
      UUID attendeeId,
      AttendeeForm form) {
    OpenMeeting meeting = open(context, kind, meetingId);
    MeetingAttendee attendee = find(kind, meeting, attendeeId);
    String before = attendee.describe();
    attendee.change(form.cleanName(), form.getAgency(), form.cleanRole());
    record(context, kind, "CHANGED", meeting, before + " -> " + attendee.describe());
  }

  /**
   * Removes an attendee and returns their name, for the confirmation; empty if they had already
   * been removed, as when the button is pressed twice.
   */
  @Transactional
  public Optional<String> remove(
      PartnershipContext context, MeetingKind kind, UUID meetingId, UUID attendeeId) {
    OpenMeeting meeting = open(context, kind, meetingId);
    return attendeeId == null
        ? Optional.empty()
        : kind.attendee(meeting, attendeeId)
            .map(
                attendee -> {
                  kind.remove(attendee);
                  record(context, kind, "REMOVED", meeting, attendee.describe());
                  return attendee.name();
                });
  }

  private static MeetingAttendee find(MeetingKind kind, OpenMeeting meeting, UUID attendeeId) {
    if (attendeeId == null) {
      throw kind.notFound();
    }
    return kind.attendee(meeting, attendeeId).orElseThrow(kind::notFound);
  }

  private void record(
      PartnershipContext context,
      MeetingKind kind,
      String what,
      OpenMeeting meeting,
      String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        kind.auditPrefix() + "_ATTENDEE_" + what,
        meeting.auditSubject(),
        details);
  }
}
