package uk.missingchildren.response.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Reviews extends JpaRepository<Review, UUID> {

  Optional<Review> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Review> findByPartnershipIdOrderByThemeIdAscRoundDesc(UUID partnershipId);

  List<Review> findByPartnershipIdAndThemeIdOrderByRoundDesc(UUID partnershipId, String themeId);
}
