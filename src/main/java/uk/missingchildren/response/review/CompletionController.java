package uk.missingchildren.response.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** Completing a review: a check that every item is rated, then the report. */
@Controller
class CompletionController {

  private final ReviewService reviews;
  private final FormSubmissions submissions;

  CompletionController(ReviewService reviews, FormSubmissions submissions) {
    this.submissions = submissions;
    this.reviews = reviews;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/complete")
  String check(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      Model model) {
    ReviewView view = reviews.view(context, reviewId);
    if (view.review().completed()) {
      return "redirect:" + ReviewPages.report(partnershipId, reviewId);
    }
    return page(context, view, model);
  }

  private String page(PartnershipContext context, ReviewView view, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("slugs", ReviewSection.slugs());
    java.util.Map<String, uk.missingchildren.response.framework.SectionKind> sectionOf =
        new java.util.HashMap<>();
    view.items().forEach(item -> sectionOf.put(item.id(), item.section()));
    model.addAttribute("sectionOf", sectionOf);
    return "review/complete";
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/complete")
  String complete(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    String report = ReviewPages.report(partnershipId, reviewId);
    if (view.review().completed()) {
      // A second press, or someone else finished it meanwhile: it is done either way.
      return "redirect:" + report;
    }
    try {
      return "redirect:"
          + submissions.once(
              request,
              () -> {
                reviews.complete(context, reviewId);
                return report;
              });
    } catch (ReviewCompletedException | ConcurrencyFailureException pressedOnTwoLaptopsAtOnce) {
      // The other press won; if it completed the review, this press has nothing left to do.
      if (reviews.view(context, reviewId).review().completed()) {
        return "redirect:" + report;
      }
      throw pressedOnTwoLaptopsAtOnce;
    } catch (ReviewIncompleteException incomplete) {
      model.addAttribute("unrated", incomplete.unrated());
      return page(context, view, model);
    }
  }
}
