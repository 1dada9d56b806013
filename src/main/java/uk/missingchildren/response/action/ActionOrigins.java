package uk.missingchildren.response.action;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.benchmark.BenchmarkPages;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ItemRating;
import uk.missingchildren.response.review.ReviewPages;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.ReviewView;

/** Reads where an action came from, with the rating its source was given at the time. */
@Component
class ActionOrigins {

  private final BenchmarkService benchmarks;
  private final ReviewService reviews;
  private final FrameworkCatalogue catalogue;

  ActionOrigins(BenchmarkService benchmarks, ReviewService reviews, FrameworkCatalogue catalogue) {
    this.benchmarks = benchmarks;
    this.reviews = reviews;
    this.catalogue = catalogue;
  }

  ActionOrigin of(PartnershipContext context, Action action) {
    if (action.source() == ActionSource.STAGE_ONE_QUESTION) {
      if (action.benchmarkId() != null) {
        BenchmarkView view = benchmarks.view(context, action.benchmarkId());
        String text = view.question(action.sourceId()).map(Question::text).orElse(null);
        return new ActionOrigin(
            action.source(),
            action.sourceId(),
            text,
            view.benchmark().meetingDate(),
            null,
            BenchmarkPages.report(context.partnershipId(), action.benchmarkId()),
            view.answerLabel(action.sourceId()),
            null,
            null,
            null);
      }
      String text =
          question(catalogue.current(), action.sourceId()).map(Question::text).orElse(null);
      return new ActionOrigin(
          action.source(), action.sourceId(), text, null, null, null, null, null, null, null);
    }
    if (action.reviewId() != null) {
      ReviewView view = reviews.view(context, action.reviewId());
      Optional<ChecklistItem> item =
          view.items().stream().filter(i -> i.id().equals(action.sourceId())).findFirst();
      ItemRating rating = item.map(view::evaluated).orElse(null);
      return new ActionOrigin(
          action.source(),
          action.sourceId(),
          item.map(ChecklistItem::text).orElse(null),
          view.review().meetingDate(),
          view.review().round(),
          ReviewPages.summary(context.partnershipId(), action.reviewId()),
          null,
          rating == null || rating.extent() == null ? null : rating.extent().label(),
          rating == null || rating.impact() == null ? null : rating.impact().label(),
          rating == null ? null : rating.reason());
    }
    String text =
        catalogue.current().items().stream()
            .filter(i -> i.id().equals(action.sourceId()))
            .findFirst()
            .map(ChecklistItem::text)
            .orElse(null);
    return new ActionOrigin(
        action.source(), action.sourceId(), text, null, null, null, null, null, null, null);
  }

  private static Optional<Question> question(Framework framework, String questionId) {
    return framework.questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
