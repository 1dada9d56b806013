package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/** Every partnership, for the site administrator: names and sizes only, never their assessments. */
@Service
public class PartnershipDirectory {

  private final Partnerships partnerships;
  private final Memberships memberships;

  PartnershipDirectory(Partnerships partnerships, Memberships memberships) {
    this.partnerships = partnerships;
    this.memberships = memberships;
  }

  @CheckedWithoutContext(
      "site administrators only (enforced here and on /admin), and only names and member counts")
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<Summary> all() {
    return partnerships.findAllByOrderByNameAsc().stream()
        .filter(p -> !p.deleted())
        .map(
            p ->
                new Summary(
                    p.id(),
                    p.name(),
                    p.localAuthorityAreas(),
                    p.policeForceArea(),
                    p.createdAt(),
                    memberships.countByPartnershipId(p.id())))
        .toList();
  }

  /** A partnership's name, for pages reached by a link it gave someone, such as for their views. */
  @CheckedWithoutContext("a name only, for someone holding a secret link the partnership gave them")
  @Transactional(readOnly = true)
  public Optional<String> nameForLinkHolder(UUID partnershipId) {
    return partnerships.findById(partnershipId).filter(p -> !p.deleted()).map(Partnership::name);
  }

  @CheckedWithoutContext("site administrators only (enforced here and on /admin): a number")
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public long count() {
    return partnerships.count();
  }

  @CheckedWithoutContext(
      "site administrators only (enforced here and on /admin): how many partnerships each account is in")
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public Map<UUID, Long> membershipCounts() {
    return memberships.countPerAccount().stream()
        .collect(
            Collectors.toMap(
                Memberships.AccountCount::accountId, Memberships.AccountCount::partnerships));
  }

  /** One partnership as the administrator sees it. */
  public record Summary(
      UUID id,
      String name,
      String localAuthorityAreas,
      String policeForceArea,
      java.time.Instant createdAt,
      long members) {}
}
