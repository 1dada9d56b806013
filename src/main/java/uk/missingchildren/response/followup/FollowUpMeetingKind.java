package uk.missingchildren.response.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.AttendeesPage;
import uk.missingchildren.response.meeting.MeetingAttendee;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.meeting.OpenMeeting;
import uk.missingchildren.response.meeting.PastMeeting;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A follow-up meeting, as the shared meeting pages see it. */
@Component
class FollowUpMeetingKind implements MeetingKind {

  private final FollowUpMeetings meetings;
  private final FollowUpAttendees attendees;
  private final DisplayDates dates;
  private final FollowUpNow now;

  FollowUpMeetingKind(
      FollowUpMeetings meetings, FollowUpAttendees attendees, DisplayDates dates, FollowUpNow now) {
    this.now = now;
    this.meetings = meetings;
    this.attendees = attendees;
    this.dates = dates;
  }

  @Override
  public String pathSegment() {
    return "follow-ups";
  }

  @Override
  public String auditPrefix() {
    return "FOLLOW_UP";
  }

  @Override
  public OpenMeeting openForChanges(PartnershipContext context, UUID meetingId) {
    FollowUpMeeting meeting = FollowUpService.meeting(meetings, context, meetingId);
    meeting.requireInProgress();
    AttendeesPage page =
        new AttendeesPage(
            FollowUpPages.path(context, meeting.id()),
            "followUp.caption",
            new Object[] {dates.day(meeting.meetingDate())},
            "followUp.backToOverview",
            "followUp.attendees.continue");
    return new OpenMeeting(meeting.id(), FollowUpService.describe(meeting), page);
  }

  @Override
  public List<FollowUpAttendee> attendees(OpenMeeting meeting) {
    return attendees.findByMeetingIdOrderByAddedAtAscIdAsc(meeting.id());
  }

  @Override
  public Optional<FollowUpAttendee> attendee(OpenMeeting meeting, UUID attendeeId) {
    return attendees.findByIdAndMeetingId(attendeeId, meeting.id());
  }

  @Override
  public MeetingAttendee add(
      OpenMeeting meeting, String name, Agency agency, String role, Instant now) {
    return attendees.save(new FollowUpAttendee(meeting.id(), name, agency, role, now));
  }

  @Override
  public void remove(MeetingAttendee attendee) {
    attendees.delete((FollowUpAttendee) attendee);
  }

  @Override
  public Optional<PastMeeting> latestWithAttendees(
      PartnershipContext context, UUID exceptMeetingId) {
    return meetings.withAttendees(context.partnershipId(), exceptMeetingId, Limit.of(1)).stream()
        .findFirst()
        .map(
            latest ->
                new PastMeeting(
                    latest.id(),
                    "meeting.kind." + pathSegment(),
                    latest.meetingDate(),
                    latest.createdAt(),
                    attendees.findByMeetingIdOrderByAddedAtAscIdAsc(latest.id())));
  }

  @Override
  public MeetingNow now(PartnershipContext context, UUID meetingId, String position) {
    return now.now(context, meetingId, position);
  }

  @Override
  public RuntimeException notFound() {
    return new FollowUpNotFoundException();
  }
}
