package uk.missingchildren.response.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Actions extends JpaRepository<Action, UUID> {

  List<Action> findByPartnershipIdOrderByDueDateAscCreatedAtAsc(UUID partnershipId);

  Optional<Action> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Action> findByPartnershipIdAndReviewIdOrderByCreatedAtAsc(UUID partnershipId, UUID reviewId);
}
