package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Memberships extends JpaRepository<Membership, UUID> {

  Optional<Membership> findByPartnershipIdAndAccountId(UUID partnershipId, UUID accountId);

  List<Membership> findByAccountId(UUID accountId);

  List<Membership> findByPartnershipIdOrderByJoinedAtAsc(UUID partnershipId);

  long countByPartnershipId(UUID partnershipId);
}
