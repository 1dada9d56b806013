package uk.missingchildren.response.action;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.checklist.ChecklistReviewService;
import uk.missingchildren.response.checklist.ReviewView;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The summary of a checklist review: what is not met, where the largest gaps with the most impact
 * are, and the actions set for them. Anyone in the partnership can read it; only editors see the
 * links that set actions.
 */
@Controller
class ReviewSummaryController {

  private final ChecklistReviewService reviews;
  private final ActionService actions;
  private final StageOneActionsArising stageOne;

  ReviewSummaryController(
      ChecklistReviewService reviews, ActionService actions, StageOneActionsArising stageOne) {
    this.reviews = reviews;
    this.actions = actions;
    this.stageOne = stageOne;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/summary")
  String summary(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      Model model) {
    ReviewView view = reviews.view(context, reviewId);
    StageOneActionsArising.Found found =
        stageOne.latest(context, view.review().themeId()).orElse(null);
    List<Action> register = found == null ? List.of() : actions.register(context);
    model.addAttribute("context", context);
    model.addAttribute(
        "page", ReviewSummaryPage.of(view, actions.setIn(context, reviewId), found, register));
    model.addAttribute("base", "/partnerships/" + partnershipId + "/reviews/" + reviewId);
    return "action/review-summary";
  }
}
