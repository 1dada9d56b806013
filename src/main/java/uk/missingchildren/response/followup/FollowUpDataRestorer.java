package uk.missingchildren.response.followup;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.followup.FollowUpDataContributor.AttendeeData;
import uk.missingchildren.response.followup.FollowUpDataContributor.MeetingData;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/**
 * Brings the follow-up meetings of a partnership's data file back, with who was there. What each
 * meeting decided comes back with the actions' history, which refers to the meetings, so they are
 * restored before it.
 */
@Component
@Order(30)
class FollowUpDataRestorer implements PartnershipDataRestorer {

  private static final int NAME = 100;

  private final EntityManager entities;
  private final FrameworkCatalogue catalogue;

  FollowUpDataRestorer(EntityManager entities, FrameworkCatalogue catalogue) {
    this.entities = entities;
    this.catalogue = catalogue;
  }

  @Override
  public String section() {
    return "followUpMeetings";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<MeetingData> all = section.records(MeetingData.class);
    for (int i = 0; i < all.size(); i++) {
      MeetingData data = all.get(i);
      String at = section.at(i);
      FollowUpScope scope = DataFileChecks.required(data.scope(), at + ".scope");
      String scopeValue = scopeValue(scope, data.scopeValue(), at + ".scopeValue");
      MeetingDetails details =
          new MeetingDetails(
              DataFileChecks.required(data.meetingDate(), at + ".meetingDate"),
              DataFileChecks.requiredText(data.facilitator(), NAME, at + ".facilitator"),
              DataFileChecks.requiredText(data.noteTaker(), NAME, at + ".noteTaker"));
      FollowUpMeeting meeting =
          FollowUpMeeting.restored(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              details,
              scope,
              scopeValue,
              DataFileChecks.required(data.status(), at + ".status"),
              data.nextMeetingDate(),
              DataFileChecks.required(data.createdAt(), at + ".createdAt"),
              data.completedAt());
      entities.persist(meeting);
      restoreAttendees(meeting.id(), data.attendees(), at);
    }
    return all.size();
  }

  /** An area scope names a thematic area, an agency scope an agency; the others name nothing. */
  private String scopeValue(FollowUpScope scope, String value, String where) {
    if (!FollowUpMeeting.scopeFits(scope, value)) {
      throw value == null
          ? new DataFileProblem("restore.error.fieldMissing", where)
          : new DataFileProblem("restore.error.notAllowed", where, value);
    }
    if (scope == FollowUpScope.AGENCY) {
      DataFileChecks.code(Agency.class, value, where);
    }
    if (scope == FollowUpScope.AREA) {
      Framework framework = catalogue.current();
      if (framework.themeWithId(value).isEmpty()) {
        throw new DataFileProblem(
            "restore.error.notInFramework", where, value, framework.version());
      }
    }
    return value;
  }

  private void restoreAttendees(UUID meetingId, List<AttendeeData> attendees, String at) {
    for (int j = 0; j < attendees.size(); j++) {
      AttendeeData attendee = attendees.get(j);
      String where = at + ".attendees[" + j + "]";
      entities.persist(
          new FollowUpAttendee(
              UUID.randomUUID(),
              meetingId,
              DataFileChecks.requiredText(attendee.name(), NAME, where + ".name"),
              DataFileChecks.required(attendee.agency(), where + ".agency"),
              DataFileChecks.text(attendee.role(), NAME, where + ".role"),
              DataFileChecks.required(attendee.addedAt(), where + ".addedAt")));
    }
  }
}
