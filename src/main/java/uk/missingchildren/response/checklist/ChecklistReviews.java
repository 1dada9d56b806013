package uk.missingchildren.response.checklist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ChecklistReviews extends JpaRepository<ChecklistReview, UUID> {

  Optional<ChecklistReview> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<ChecklistReview> findByPartnershipIdOrderByThemeIdAscRoundDesc(UUID partnershipId);

  List<ChecklistReview> findByPartnershipIdAndThemeIdOrderByRoundDesc(
      UUID partnershipId, String themeId);
}
