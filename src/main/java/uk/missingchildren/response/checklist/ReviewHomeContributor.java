package uk.missingchildren.response.checklist;

import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipHomeContributor;

/** Puts checklist progress (completed and in-progress areas) on the partnership's home page. */
@Component
class ReviewHomeContributor implements PartnershipHomeContributor {

  private final ChecklistReviewService reviews;

  ReviewHomeContributor(ChecklistReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void contribute(PartnershipContext context, Model model) {
    Collection<ChecklistReview> latest = reviews.latestRounds(context).values();
    model.addAttribute("checklistsCompleted", latest.stream().filter(ChecklistReview::completed).count());
    model.addAttribute("checklistsInProgress", latest.stream().filter(r -> !r.completed()).count());
  }
}
