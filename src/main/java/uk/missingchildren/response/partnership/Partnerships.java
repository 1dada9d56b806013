package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** Partnership records. Read them through {@link PartnershipAccess}, which checks membership. */
@PartnershipOwned
interface Partnerships extends JpaRepository<Partnership, UUID> {

  List<Partnership> findAllByOrderByNameAsc();

  List<Partnership> findByDeletedAtBefore(java.time.Instant cutoff);

  List<Partnership> findByDeletedAtIsNotNull();

  @Query("select p.id from Partnership p where p.countedNationally = true and p.deletedAt is null")
  List<UUID> findCountedNationally();

  /** How many of the partnerships this account belongs to require a second factor. */
  @Query(
      "select count(p) from Partnership p, Membership m where m.partnershipId = p.id"
          + " and m.accountId = :accountId and p.secondFactorRequired = true and p.deletedAt is null")
  long countRequiringSecondFactor(UUID accountId);
}
