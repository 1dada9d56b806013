package uk.missingchildren.response.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Follow-up meetings: starting one, its attendees and agenda, and finishing it. */
@Service
public class FollowUpService {

  private final FollowUpMeetings meetings;
  private final FollowUpAttendees attendees;
  private final ActionService actions;
  private final AuditLog audit;
  private final Clock clock;

  FollowUpService(
      FollowUpMeetings meetings,
      FollowUpAttendees attendees,
      ActionService actions,
      AuditLog audit,
      Clock clock) {
    this.meetings = meetings;
    this.attendees = attendees;
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every follow-up meeting of the partnership, the latest first. */
  @Transactional(readOnly = true)
  public List<FollowUpMeeting> meetings(PartnershipContext context) {
    return meetings.findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
        context.partnershipId());
  }

  /** When the last finished meeting said the next one would be, if it said. */
  @Transactional(readOnly = true)
  public Optional<LocalDate> nextMeetingDate(PartnershipContext context) {
    return meetings(context).stream()
        .filter(FollowUpMeeting::completed)
        .findFirst()
        .map(FollowUpMeeting::nextMeetingDate);
  }

  @Transactional
  public FollowUpMeeting start(
      PartnershipContext context, MeetingDetails details, FollowUpScope scope, String scopeValue) {
    context.requireEditor();
    FollowUpMeeting meeting =
        meetings.save(
            new FollowUpMeeting(
                context.partnershipId(),
                details,
                scope,
                scopeValue,
                context.accountId(),
                clock.instant()));
    record(
        context,
        "FOLLOW_UP_STARTED",
        meeting,
        scope + (scopeValue == null ? "" : " " + scopeValue));
    return meeting;
  }

  @Transactional(readOnly = true)
  public FollowUpView view(PartnershipContext context, UUID meetingId) {
    FollowUpMeeting meeting = meeting(context, meetingId);
    Agenda agenda =
        Agenda.of(
            meeting,
            actions.register(context),
            actions.updatesIn(context, meeting.id()),
            actions.today());
    return new FollowUpView(
        meeting, attendees.findByMeetingIdOrderByAddedAtAscIdAsc(meeting.id()), agenda);
  }

  @Transactional
  public void changeDetails(PartnershipContext context, UUID meetingId, MeetingDetails details) {
    context.requireEditor();
    FollowUpMeeting meeting = meeting(context, meetingId);
    meeting.requireInProgress();
    meeting.change(details);
    record(
        context,
        "FOLLOW_UP_DETAILS_CHANGED",
        meeting,
        details.meetingDate() + ", " + details.facilitator());
  }

  /** Finishes the meeting; its minutes are then final. {@code nextMeeting} may be null. */
  @Transactional
  public void finish(PartnershipContext context, UUID meetingId, LocalDate nextMeeting) {
    context.requireEditor();
    FollowUpMeeting meeting = meeting(context, meetingId);
    meeting.finish(nextMeeting, clock.instant());
    record(
        context,
        "FOLLOW_UP_FINISHED",
        meeting,
        nextMeeting == null ? "no next meeting set" : "next meeting " + nextMeeting);
  }

  private FollowUpMeeting meeting(PartnershipContext context, UUID meetingId) {
    return meeting(meetings, context, meetingId);
  }

  /** The meeting, only within the partnership in the context: an id from another is not found. */
  static FollowUpMeeting meeting(
      FollowUpMeetings meetings, PartnershipContext context, UUID meetingId) {
    if (meetingId == null) {
      throw new FollowUpNotFoundException();
    }
    return meetings
        .findByIdAndPartnershipId(meetingId, context.partnershipId())
        .orElseThrow(FollowUpNotFoundException::new);
  }

  static String describe(FollowUpMeeting meeting) {
    return "Follow-up meeting of " + meeting.meetingDate();
  }

  private void record(
      PartnershipContext context, String event, FollowUpMeeting meeting, String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        event,
        describe(meeting),
        details);
  }
}
