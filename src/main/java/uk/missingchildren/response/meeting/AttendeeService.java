package uk.missingchildren.response.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Who is at a meeting of any kind: people can be added (typed in, picked from the partnership's
 * list of people, or the same as last time), corrected and removed while it is in progress, and
 * each change is in the audit log.
 */
@Service
public class AttendeeService {

  private final AuditLog audit;
  private final Clock clock;
  private final MeetingKinds kinds;
  private final PeopleService people;

  AttendeeService(AuditLog audit, Clock clock, MeetingKinds kinds, PeopleService people) {
    this.audit = audit;
    this.clock = clock;
    this.kinds = kinds;
    this.people = people;
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

  /** Adds someone to the meeting, and to the partnership's list of people if they are new. */
  @Transactional
  public MeetingAttendee add(
      PartnershipContext context, MeetingKind kind, UUID meetingId, AttendeeForm form) {
    OpenMeeting meeting = open(context, kind, meetingId);
    return addOne(context, kind, meeting, form.cleanName(), form.getAgency(), form.cleanRole());
  }

  /**
   * The partnership's most recent other meeting, of any kind, that anyone attended; empty if there
   * is none.
   */
  @Transactional(readOnly = true)
  public Optional<PastMeeting> lastTime(
      PartnershipContext context, MeetingKind kind, UUID meetingId) {
    open(context, kind, meetingId);
    return latestOtherThan(context, meetingId);
  }

  private Optional<PastMeeting> latestOtherThan(PartnershipContext context, UUID meetingId) {
    return kinds.all().stream()
        .flatMap(each -> each.latestWithAttendees(context, meetingId).stream())
        .sorted(PastMeeting.LATEST_FIRST)
        .findFirst();
  }

  /**
   * Adds the people who attended the partnership's last meeting, except those here already, and
   * returns how many were added.
   */
  @Transactional
  public int addSameAsLastTime(PartnershipContext context, MeetingKind kind, UUID meetingId) {
    OpenMeeting meeting = open(context, kind, meetingId);
    List<? extends MeetingAttendee> previous =
        latestOtherThan(context, meetingId).map(PastMeeting::attendees).orElse(List.of());
    return addAll(context, kind, meeting, previous);
  }

  /**
   * Adds the people chosen from the partnership's list, except those here already, and returns how
   * many were added. Ids not on the list are ignored: someone may have just taken them off it.
   */
  @Transactional
  public int addFromList(
      PartnershipContext context, MeetingKind kind, UUID meetingId, List<UUID> personIds) {
    OpenMeeting meeting = open(context, kind, meetingId);
    List<MeetingPerson> chosen =
        people.people(context).stream().filter(p -> personIds.contains(p.id())).toList();
    return addAll(context, kind, meeting, chosen);
  }

  private int addAll(
      PartnershipContext context,
      MeetingKind kind,
      OpenMeeting meeting,
      List<? extends MeetingAttendee> whom) {
    List<MeetingAttendee> here = new ArrayList<>(kind.attendees(meeting));
    int added = 0;
    for (MeetingAttendee person : whom) {
      if (here.stream().noneMatch(a -> a.isSamePersonAs(person.name(), person.agency()))) {
        here.add(addOne(context, kind, meeting, person.name(), person.agency(), person.role()));
        added++;
      }
    }
    return added;
  }

  private MeetingAttendee addOne(
      PartnershipContext context,
      MeetingKind kind,
      OpenMeeting meeting,
      String name,
      Agency agency,
      String role) {
    MeetingAttendee attendee = kind.add(meeting, name, agency, role, clock.instant());
    record(context, kind, "ADDED", meeting, attendee.describe());
    people.remember(context, name, agency, role);
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
