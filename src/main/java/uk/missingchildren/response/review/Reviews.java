package uk.missingchildren.response.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Reviews extends JpaRepository<Review, UUID> {

  Optional<Review> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Review> findByPartnershipIdOrderByThemeIdAscRoundDesc(UUID partnershipId);

  List<Review> findByPartnershipIdAndThemeIdOrderByRoundDesc(UUID partnershipId, String themeId);

  /**
   * The partnership's meetings that anyone attended, other than {@code except}, latest first: for
   * "the same people as last time".
   */
  @Query(
      "select m from Review m where m.partnershipId = :partnershipId and m.id <> :except"
          + " and exists (select a.id from ReviewAttendee a where a.reviewId = m.id)"
          + " order by m.details.meetingDate desc, m.createdAt desc")
  List<Review> withAttendees(UUID partnershipId, UUID except, Limit limit);
}
