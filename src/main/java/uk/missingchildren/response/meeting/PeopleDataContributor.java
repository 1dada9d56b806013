package uk.missingchildren.response.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/** The partnership's list of the people who come to its meetings, by name, for the data export. */
@Component
@Order(70)
class PeopleDataContributor implements PartnershipDataContributor {

  private final MeetingPeople people;

  PeopleDataContributor(MeetingPeople people) {
    this.people = people;
  }

  @Override
  public String section() {
    return "meetingPeople";
  }

  @Override
  public List<PersonData> export(PartnershipContext context) {
    return people.findByPartnershipIdOrderByNameAscIdAsc(context.partnershipId()).stream()
        .map(p -> new PersonData(p.id(), p.name(), p.agency(), p.role(), p.addedAt()))
        .toList();
  }

  record PersonData(UUID id, String name, Agency agency, String role, Instant addedAt) {}
}
