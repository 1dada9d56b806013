package uk.missingchildren.response.review;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.meeting.SaveOutcome;
import uk.missingchildren.response.meeting.SaveUnlessStale;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Saves one item's rating, committed before the page is told it worked. As with stage-one answers,
 * a save from a page showing an older revision than the stored one is not written: the outcome
 * carries both versions for the person to choose between.
 */
@Service
public class RatingService {

  /** The item pages do not say who saved the other version of a rating. */
  private static final Function<ReviewRating, String> NOT_SHOWN = rating -> null;

  private final ReviewRatings ratings;
  private final ReviewRecords records;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  RatingService(
      ReviewRatings ratings,
      ReviewRecords records,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.ratings = ratings;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @param basedOn the revision the person's page was showing; null if nothing was saved then
   * @throws InvalidRatingException if the rating breaks the scale's rules (check them first)
   * @throws ReviewCompletedException if the review has been completed
   */
  public SaveOutcome<ReviewRating, RatingDraft> save(
      PartnershipContext context,
      UUID reviewId,
      String itemId,
      RatingDraft draft,
      Integer basedOn) {
    context.requireEditor();
    try {
      return transaction.execute(status -> attempt(context, reviewId, itemId, draft, basedOn));
    } catch (OptimisticLockingFailureException | DataIntegrityViolationException lostRace) {
      return transaction.execute(
          status -> {
            Review review = records.review(context, reviewId);
            ReviewRating theirs =
                ratings.findByReviewIdAndItemId(review.id(), itemId).orElseThrow();
            return SaveUnlessStale.afterLostRace(theirs, draft, NOT_SHOWN);
          });
    }
  }

  private SaveOutcome<ReviewRating, RatingDraft> attempt(
      PartnershipContext context,
      UUID reviewId,
      String itemId,
      RatingDraft draft,
      Integer basedOn) {
    Review review = records.review(context, reviewId);
    review.requireInProgress();
    // Only the checklist is needed here, not every rating in the review: this runs on every save.
    Framework framework = records.framework(review);
    ChecklistItem item =
        ReviewRecords.theme(framework, review.themeId()).checklist().items().stream()
            .filter(i -> i.active() && i.id().equals(itemId))
            .findFirst()
            .orElseThrow(ReviewNotFoundException::new);
    ItemRating.problemWith(framework.stageTwo(), draft.extent(), draft.impact(), draft.reason())
        .ifPresent(
            problem -> {
              throw new InvalidRatingException(problem);
            });
    Optional<ReviewRating> existing = ratings.findByReviewIdAndItemId(review.id(), item.id());
    Optional<SaveOutcome<ReviewRating, RatingDraft>> settled =
        SaveUnlessStale.settled(existing, draft, basedOn, NOT_SHOWN);
    if (settled.isPresent()) {
      return settled.get();
    }
    ReviewRating rating = existing.orElseGet(() -> new ReviewRating(review.id(), item.id()));
    RatingDraft before = rating.draft();
    rating.record(draft, context.accountId(), clock.instant());
    ReviewRating saved = ratings.saveAndFlush(rating);
    audit.record(
        ReviewRecords.actor(context),
        context.partnershipId(),
        "CHECKLIST_ITEM_RATED",
        ReviewRecords.describe(review) + ", " + item.id(),
        "extent: "
            + before.extent()
            + " -> "
            + draft.extent()
            + "; impact: "
            + before.impact()
            + " -> "
            + draft.impact()
            + (Objects.equals(before.evidence(), draft.evidence()) ? "" : "; evidence changed")
            + (Objects.equals(before.reason(), draft.reason())
                ? ""
                : "; reason: " + draft.reason()));
    return SaveOutcome.saved(saved);
  }
}
