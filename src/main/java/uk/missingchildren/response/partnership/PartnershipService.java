package uk.missingchildren.response.partnership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Registering a partnership (whoever registers it becomes its first coordinator) and deleting it
 * (hidden at once, restorable by the site administrator until {@link PartnershipRetention} purges
 * it).
 */
@Service
public class PartnershipService {

  private final Partnerships partnerships;
  private final Memberships memberships;
  private final AuditLog audit;
  private final Clock clock;

  PartnershipService(
      Partnerships partnerships, Memberships memberships, AuditLog audit, Clock clock) {
    this.partnerships = partnerships;
    this.memberships = memberships;
    this.audit = audit;
    this.clock = clock;
  }

  @CheckedWithoutContext("creates a new partnership; the creator becomes its coordinator")
  @Transactional
  public UUID register(PartnershipForm form, SignedInUser user) {
    Partnership partnership =
        partnerships.save(
            new Partnership(
                form.getName(),
                form.getLocalAuthorityAreas(),
                form.getPoliceForceArea(),
                clock.instant()));
    memberships.save(
        new Membership(partnership.id(), user.accountId(), Role.COORDINATOR, clock.instant()));
    audit.record(
        new AuditEvent.Actor(user.accountId(), user.email()),
        partnership.id(),
        "PARTNERSHIP_CREATED",
        partnership.name(),
        null);
    return partnership.id();
  }

  /**
   * Deletes the partnership if {@code typedName} is its name.
   *
   * @return when it will be purged for good, or empty if the typed name did not match
   */
  @Transactional
  public Optional<Instant> delete(PartnershipContext context, String typedName, Duration kept) {
    context.requireCoordinator();
    Partnership partnership =
        partnerships
            .findById(context.partnershipId())
            .orElseThrow(PartnershipNotFoundException::new);
    if (!partnership.isNamed(typedName)) {
      return Optional.empty();
    }
    partnership.delete(context.accountId(), clock.instant());
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        partnership.id(),
        "PARTNERSHIP_DELETED",
        partnership.name(),
        null);
    return Optional.of(partnership.purgedAfter(kept));
  }

  /**
   * A new partnership for the records of a data file, with the person importing it as its only
   * member and coordinator, as when registering one. Its audit log starts with the import, which
   * the caller records once everything is in.
   */
  @CheckedWithoutContext(
      "creates a new partnership; the person importing it becomes its coordinator")
  @Transactional
  public PartnershipContext registerRestored(
      String name, String localAuthorityAreas, String policeForceArea, SignedInUser user) {
    Partnership partnership =
        partnerships.save(
            new Partnership(name, localAuthorityAreas, policeForceArea, clock.instant()));
    memberships.save(
        new Membership(partnership.id(), user.accountId(), Role.COORDINATOR, clock.instant()));
    return new PartnershipContext(partnership, user.accountId(), user.email(), Role.COORDINATOR);
  }
}
