package uk.missingchildren.response.meeting;

import java.time.Clock;
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
 * The partnership's list of the people who come to its meetings. It fills itself as attendees are
 * added to any meeting, and can be corrected on its own page; changing it never changes a meeting's
 * attendees, which are copies. Changes are in the audit log.
 */
@Service
public class PeopleService {

  private final MeetingPeople people;
  private final AuditLog audit;
  private final Clock clock;

  PeopleService(MeetingPeople people, AuditLog audit, Clock clock) {
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Everyone on the list, by name. */
  @Transactional(readOnly = true)
  public List<MeetingPerson> people(PartnershipContext context) {
    return people.findByPartnershipIdOrderByNameAscIdAsc(context.partnershipId());
  }

  @Transactional(readOnly = true)
  public MeetingPerson person(PartnershipContext context, UUID personId) {
    return find(context, personId);
  }

  /** Adds someone to the list, unless they are on it already (the same name and agency). */
  @Transactional
  public MeetingPerson add(PartnershipContext context, AttendeeForm form) {
    context.requireEditor();
    return remember(context, form.cleanName(), form.getAgency(), form.cleanRole());
  }

  @Transactional
  public void change(PartnershipContext context, UUID personId, AttendeeForm form) {
    context.requireEditor();
    MeetingPerson person = find(context, personId);
    String before = person.describe();
    person.change(form.cleanName(), form.getAgency(), form.cleanRole());
    record(context, "CHANGED", before + " -> " + person.describe());
  }

  /**
   * Takes someone off the list and returns their name; empty if they had been taken off already.
   * The meetings they attended still name them.
   */
  @Transactional
  public Optional<String> remove(PartnershipContext context, UUID personId) {
    context.requireEditor();
    return Optional.ofNullable(personId)
        .flatMap(id -> people.findByIdAndPartnershipId(id, context.partnershipId()))
        .map(
            person -> {
              people.delete(person);
              record(context, "REMOVED", person.describe());
              return person.name();
            });
  }

  /**
   * The person on the list with this name and agency, added if there is none; a role given replaces
   * the one kept, so the list has the latest.
   */
  MeetingPerson remember(PartnershipContext context, String name, Agency agency, String role) {
    List<MeetingPerson> everyone = people(context);
    Optional<MeetingPerson> known =
        everyone.stream().filter(person -> person.isSamePersonAs(name, agency)).findFirst();
    if (known.isPresent()) {
      MeetingPerson person = known.get();
      if (role != null && !role.equals(person.role())) {
        person.change(person.name(), agency, role);
      }
      return person;
    }
    MeetingPerson person =
        people.save(
            new MeetingPerson(context.partnershipId(), name, agency, role, clock.instant()));
    record(context, "ADDED", person.describe());
    return person;
  }

  private MeetingPerson find(PartnershipContext context, UUID personId) {
    return Optional.ofNullable(personId)
        .flatMap(id -> people.findByIdAndPartnershipId(id, context.partnershipId()))
        .orElseThrow(PersonNotFoundException::new);
  }

  private void record(PartnershipContext context, String what, String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        "MEETING_PERSON_" + what,
        "People who come to meetings",
        details);
  }
}
