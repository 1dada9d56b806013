package uk.missingchildren.response.review;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The summary of a checklist review: what is not met, where the largest gaps with the most impact
 * are, and the actions set for them. Anyone in the partnership can read it; only editors see the
 * links that set actions.
 */
@Controller
class ReviewSummaryController {

  private final ReviewService reviews;
  private final ReviewActions actions;

  ReviewSummaryController(ReviewService reviews, ReviewActions actions) {
    this.reviews = reviews;
    this.actions = actions;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/summary")
  String summary(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      Model model) {
    ReviewView view = reviews.view(context, reviewId);
    ReviewActions.StageOneArising stageOne =
        actions.stageOne(context, view.review().themeId()).orElse(null);
    model.addAttribute("context", context);
    model.addAttribute(
        "page", ReviewSummaryPage.of(view, actions.setIn(context, reviewId), stageOne));
    model.addAttribute("base", ReviewPages.path(partnershipId, reviewId));
    return "review/summary";
  }
}
