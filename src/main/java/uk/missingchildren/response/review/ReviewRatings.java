package uk.missingchildren.response.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ReviewRatings extends JpaRepository<ReviewRating, UUID> {

  List<ReviewRating> findByReviewId(UUID reviewId);

  List<ReviewRating> findByReviewIdIn(Collection<UUID> reviewIds);

  Optional<ReviewRating> findByReviewIdAndItemId(UUID reviewId, String itemId);
}
