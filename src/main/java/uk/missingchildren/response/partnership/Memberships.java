package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Memberships extends JpaRepository<Membership, UUID> {

  Optional<Membership> findByPartnershipIdAndAccountId(UUID partnershipId, UUID accountId);

  List<Membership> findByAccountId(UUID accountId);

  List<Membership> findByPartnershipIdOrderByJoinedAtAsc(UUID partnershipId);

  long countByPartnershipId(UUID partnershipId);

  @Query(
      "select new uk.missingchildren.response.partnership.Memberships$AccountCount(m.accountId, count(m))"
          + " from Membership m group by m.accountId")
  List<AccountCount> countPerAccount();

  /** How many partnerships one account belongs to. */
  record AccountCount(UUID accountId, long partnerships) {}
}
