package uk.missingchildren.response.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * Every checklist review of the partnership for its data export, by area and round: the meeting
 * details, who was there, and every item's rating with its evidence.
 */
@Component
@Order(20)
class ReviewDataContributor implements PartnershipDataContributor {

  private final Reviews reviews;
  private final ReviewRatings ratings;
  private final ReviewAttendees attendees;

  ReviewDataContributor(Reviews reviews, ReviewRatings ratings, ReviewAttendees attendees) {
    this.reviews = reviews;
    this.ratings = ratings;
    this.attendees = attendees;
  }

  @Override
  public String section() {
    return "checklistReviews";
  }

  @Override
  public List<ReviewData> export(PartnershipContext context) {
    List<Review> all =
        reviews.findByPartnershipIdOrderByThemeIdAscRoundDesc(context.partnershipId()).stream()
            .sorted(Comparator.comparing(Review::themeId).thenComparing(Review::round))
            .toList();
    List<UUID> ids = all.stream().map(Review::id).toList();
    Map<UUID, List<ReviewRating>> ratingsOf =
        ratings.findByReviewIdIn(ids).stream()
            .sorted(Comparator.comparing(ReviewRating::itemId))
            .collect(Collectors.groupingBy(ReviewRating::reviewId));
    Map<UUID, List<ReviewAttendee>> attendeesOf =
        attendees.findByReviewIdInOrderByAddedAtAscIdAsc(ids).stream()
            .collect(Collectors.groupingBy(ReviewAttendee::reviewId));
    return all.stream()
        .map(
            review ->
                new ReviewData(
                    review.id(),
                    review.frameworkVersion(),
                    review.themeId(),
                    review.round(),
                    review.status().name(),
                    review.meetingDate(),
                    review.facilitator(),
                    review.noteTaker(),
                    review.startedFrom(),
                    review.createdAt(),
                    review.completedAt(),
                    attendeesOf.getOrDefault(review.id(), List.of()).stream()
                        .map(
                            a ->
                                new AttendeeData(
                                    a.id(), a.name(), a.agency(), a.role(), a.addedAt()))
                        .toList(),
                    ratingsOf.getOrDefault(review.id(), List.of()).stream()
                        .map(
                            r ->
                                new RatingData(
                                    r.id(),
                                    r.itemId(),
                                    r.extent(),
                                    r.impact(),
                                    r.reason(),
                                    r.evidence(),
                                    r.revision(),
                                    r.updatedAt()))
                        .toList()))
        .toList();
  }

  /**
   * {@code status} is IN_PROGRESS or COMPLETED; {@code startedFrom} the round whose ratings it
   * copied, if any.
   */
  record ReviewData(
      UUID id,
      String frameworkVersion,
      String themeId,
      int round,
      String status,
      LocalDate meetingDate,
      String facilitator,
      String noteTaker,
      UUID startedFrom,
      Instant createdAt,
      Instant completedAt,
      List<AttendeeData> attendees,
      List<RatingData> ratings) {}

  record AttendeeData(UUID id, String name, Agency agency, String role, Instant addedAt) {}

  /**
   * {@code extent} and {@code impact} are the framework scales' values; {@code reason} is why an
   * item does not apply.
   */
  record RatingData(
      UUID id,
      String itemId,
      String extent,
      String impact,
      String reason,
      String evidence,
      Integer revision,
      Instant updatedAt) {}
}
