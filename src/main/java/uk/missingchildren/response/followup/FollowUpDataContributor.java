package uk.missingchildren.response.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * Every follow-up meeting with its attendees, for the partnership's data export. What each meeting
 * decided is in the actions' history ({@code actionUpdates}), linked by the meeting's id.
 */
@Component
@Order(50)
class FollowUpDataContributor implements PartnershipDataContributor {

  private final FollowUpMeetings meetings;
  private final FollowUpAttendees attendees;

  FollowUpDataContributor(FollowUpMeetings meetings, FollowUpAttendees attendees) {
    this.meetings = meetings;
    this.attendees = attendees;
  }

  @Override
  public String section() {
    return "followUpMeetings";
  }

  @Override
  public List<MeetingData> export(PartnershipContext context) {
    return meetings
        .findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(context.partnershipId())
        .stream()
        .map(
            m ->
                new MeetingData(
                    m.id(),
                    m.meetingDate(),
                    m.facilitator(),
                    m.noteTaker(),
                    m.scope(),
                    m.scopeValue(),
                    m.status(),
                    m.nextMeetingDate(),
                    m.createdAt(),
                    m.completedAt(),
                    attendees.findByMeetingIdOrderByAddedAtAscIdAsc(m.id()).stream()
                        .map(
                            a ->
                                new AttendeeData(
                                    a.id(), a.name(), a.agency(), a.role(), a.addedAt()))
                        .toList()))
        .toList();
  }

  record MeetingData(
      UUID id,
      LocalDate meetingDate,
      String facilitator,
      String noteTaker,
      FollowUpScope scope,
      String scopeValue,
      FollowUpStatus status,
      LocalDate nextMeetingDate,
      Instant createdAt,
      Instant completedAt,
      List<AttendeeData> attendees) {}

  record AttendeeData(UUID id, String name, Agency agency, String role, Instant addedAt) {}
}
