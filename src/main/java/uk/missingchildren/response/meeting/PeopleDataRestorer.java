package uk.missingchildren.response.meeting;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.meeting.PeopleDataContributor.PersonData;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/** Brings back the partnership's list of the people who come to its meetings. */
@Component
@Order(70)
class PeopleDataRestorer implements PartnershipDataRestorer {

  /** As on the forms that add people. */
  private static final int NAME = 100;

  private final EntityManager entities;

  PeopleDataRestorer(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public String section() {
    return "meetingPeople";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<PersonData> all = section.records(PersonData.class);
    for (int i = 0; i < all.size(); i++) {
      PersonData data = all.get(i);
      String at = section.at(i);
      MeetingPerson person =
          new MeetingPerson(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              DataFileChecks.requiredText(data.name(), NAME, at + ".name"),
              DataFileChecks.required(data.agency(), at + ".agency"),
              DataFileChecks.text(data.role(), NAME, at + ".role"),
              DataFileChecks.required(data.addedAt(), at + ".addedAt"));
      entities.persist(person);
    }
    return all.size();
  }
}
