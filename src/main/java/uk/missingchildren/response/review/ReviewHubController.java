package uk.missingchildren.response.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** The partnership's 12 checklists with their progress, and starting the next round of one. */
@Controller
class ReviewHubController {

  private final ReviewService reviews;
  private final StartingPriorities priorities;
  private final FrameworkCatalogue catalogue;
  private final FormSubmissions submissions;

  ReviewHubController(
      ReviewService reviews,
      StartingPriorities priorities,
      FrameworkCatalogue catalogue,
      FormSubmissions submissions) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.priorities = priorities;
    this.catalogue = catalogue;
  }

  @GetMapping("/partnerships/{partnershipId}/checklists")
  String hub(PartnershipContext context, Model model) {
    List<Theme> startWith = priorities.latest(context);
    // The areas stage one said to start with come first, in its order; then the rest, in the
    // framework's.
    List<Theme> ordered = new ArrayList<>(startWith);
    catalogue.current().themes().stream().filter(t -> !startWith.contains(t)).forEach(ordered::add);
    Map<String, Review> latest = reviews.latestRounds(context);
    model.addAttribute("context", context);
    model.addAttribute("themes", ordered);
    model.addAttribute("latest", latest);
    model.addAttribute("priorities", startWith);
    model.addAttribute(
        "nextSteps",
        startWith.stream()
            .map(theme -> ChecklistNextStep.of(context.partnershipId(), theme, latest))
            .toList());
    return "review/hub";
  }

  @GetMapping("/partnerships/{partnershipId}/checklists/{slug}/reviews/new")
  String startForm(PartnershipContext context, @PathVariable String slug, Model model) {
    context.requireEditor();
    return startPage(context, slug, new StartReviewForm(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/checklists/{slug}/reviews/new")
  String start(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String slug,
      @Valid @ModelAttribute("startReviewForm") StartReviewForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    new MeetingDetailsValidator(reviews.today()).validate(form, errors);
    if (errors.hasErrors()) {
      return startPage(context, slug, form, model);
    }
    StartReview start =
        new StartReview(
            slug,
            form.getMeetingDate(),
            form.getFacilitator().strip(),
            form.getNoteTaker().strip(),
            form.fromLastRound());
    try {
      return "redirect:"
          + submissions.once(
              request,
              () -> ReviewPages.path(partnershipId, reviews.start(context, start)) + "/attendees");
    } catch (DataIntegrityViolationException colleagueStartedTheSameRound) {
      // Two people pressed Start at the same moment: the round exists now, and this page leads to
      // it.
      return "redirect:/partnerships/" + partnershipId + "/checklists/" + slug + "/reviews/new";
    }
  }

  private String startPage(
      PartnershipContext context, String slug, StartReviewForm form, Model model) {
    Theme theme = catalogue.current().theme(slug).orElseThrow(ReviewNotFoundException::new);
    Map<String, Review> latest = reviews.latestRounds(context);
    Review inProgress = latest.get(theme.id());
    if (inProgress != null && !inProgress.completed()) {
      return "redirect:" + ReviewPages.path(context.partnershipId(), inProgress.id());
    }
    model.addAttribute("context", context);
    model.addAttribute("theme", theme);
    model.addAttribute("lastRound", latest.get(theme.id()));
    model.addAttribute("startReviewForm", form);
    return "review/start";
  }
}
