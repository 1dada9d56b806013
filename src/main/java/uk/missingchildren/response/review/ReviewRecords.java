package uk.missingchildren.response.review;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Loads reviews only within the partnership in the context; shared by this feature's services. */
@Component
class ReviewRecords {

  private final Reviews reviews;
  private final ReviewRatings ratings;
  private final FrameworkCatalogue catalogue;

  ReviewRecords(Reviews reviews, ReviewRatings ratings, FrameworkCatalogue catalogue) {
    this.reviews = reviews;
    this.ratings = ratings;
    this.catalogue = catalogue;
  }

  Review review(PartnershipContext context, UUID reviewId) {
    if (reviewId == null) {
      throw new ReviewNotFoundException();
    }
    return reviews
        .findByIdAndPartnershipId(reviewId, context.partnershipId())
        .orElseThrow(ReviewNotFoundException::new);
  }

  Framework framework(Review review) {
    return catalogue
        .version(review.frameworkVersion())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Framework " + review.frameworkVersion() + " is no longer published"));
  }

  static Theme theme(Framework framework, String themeId) {
    return framework.themeWithId(themeId).orElseThrow(ReviewNotFoundException::new);
  }

  /** The review, its ratings and those of the round before it (for "what changed"), if any. */
  ReviewView view(Review review) {
    Framework framework = framework(review);
    Optional<Review> before =
        reviews
            .findByPartnershipIdAndThemeIdOrderByRoundDesc(review.partnershipId(), review.themeId())
            .stream()
            .filter(other -> other.round() < review.round())
            .findFirst();
    return new ReviewView(
        review,
        framework,
        theme(framework, review.themeId()),
        byItem(review.id()),
        before.map(other -> byItem(other.id())).orElse(Map.of()),
        before
            .filter(other -> catalogue.version(other.frameworkVersion()).isPresent())
            .map(other -> catalogue.changes(other.frameworkVersion(), review.frameworkVersion()))
            .orElse(null));
  }

  Map<String, ReviewRating> byItem(UUID reviewId) {
    return ratings.findByReviewId(reviewId).stream()
        .collect(Collectors.toMap(ReviewRating::itemId, Function.identity()));
  }

  static AuditEvent.Actor actor(PartnershipContext context) {
    return new AuditEvent.Actor(context.accountId(), context.email());
  }

  static String describe(Review review) {
    return "Checklist " + review.themeId() + ", round " + review.round();
  }
}
