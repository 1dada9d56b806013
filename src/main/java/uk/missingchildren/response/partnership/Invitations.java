package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Invitations extends JpaRepository<Invitation, UUID> {

  Optional<Invitation> findByTokenHash(String tokenHash);

  Optional<Invitation> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Invitation> findByPartnershipIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtAsc(UUID partnershipId);
}
