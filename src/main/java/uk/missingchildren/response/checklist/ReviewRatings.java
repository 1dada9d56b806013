package uk.missingchildren.response.checklist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ReviewRatings extends JpaRepository<ReviewRating, UUID> {

  List<ReviewRating> findByReviewId(UUID reviewId);

  Optional<ReviewRating> findByReviewIdAndItemId(UUID reviewId, String itemId);
}
