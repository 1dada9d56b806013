package uk.missingchildren.response.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ReviewAttendees extends JpaRepository<ReviewAttendee, UUID> {

  List<ReviewAttendee> findByReviewIdOrderByAddedAtAscIdAsc(UUID reviewId);

  List<ReviewAttendee> findByReviewIdInOrderByAddedAtAscIdAsc(Collection<UUID> reviewIds);

  Optional<ReviewAttendee> findByIdAndReviewId(UUID id, UUID reviewId);
}
