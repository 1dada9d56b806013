package uk.missingchildren.response.progress;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.ReviewView;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Two rounds of one area's checklist compared side by side, completed rounds and the one in
 * progress alike, with the share of items fully met in every round.
 */
@Controller
class ChecklistComparisonController {

  private final ReviewService reviews;
  private final FrameworkCatalogue catalogue;
  private final DisplayDates dates;
  private final MessageSource messages;
  private final AgencyViewsService views;

  ChecklistComparisonController(
      ReviewService reviews,
      FrameworkCatalogue catalogue,
      DisplayDates dates,
      MessageSource messages,
      AgencyViewsService views) {
    this.views = views;
    this.reviews = reviews;
    this.catalogue = catalogue;
    this.dates = dates;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/checklists/{slug}/compare")
  String compare(
      PartnershipContext context,
      @PathVariable String slug,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    Theme theme = catalogue.current().theme(slug).orElseThrow(RoundNotFoundException::new);
    // Every round of this checklist, oldest first, each read with its ratings (a few queries a
    // round).
    Map<UUID, ReviewView> rounds = new LinkedHashMap<>();
    reviews.reviews(context).stream()
        .filter(review -> review.themeId().equals(theme.id()))
        .sorted(Comparator.comparingInt(Review::round))
        .forEach(review -> rounds.put(review.id(), reviews.view(context, review.id())));
    RoundChoice choice = RoundChoice.of(from, to, List.copyOf(rounds.keySet()));
    model.addAttribute("context", context);
    model.addAttribute("theme", theme);
    model.addAttribute(
        "pageTitle",
        message("compare.reviews.pageTitle", theme.title(), context.partnership().name()));
    model.addAttribute(
        "rounds",
        rounds.values().stream()
            .map(view -> new RoundOption(view.review().id(), label(view)))
            .toList());
    model.addAttribute(
        "fullyMet", rounds.values().stream().map(ChecklistComparison::fullyMet).toList());
    model.addAttribute("choice", choice);
    if (choice.ready()) {
      ReviewView earlier = rounds.get(choice.from());
      ReviewView later = rounds.get(choice.to());
      model.addAttribute("earlier", earlier.review());
      model.addAttribute("later", later.review());
      model.addAttribute("comparison", ChecklistComparison.between(earlier, later));
      model.addAttribute(
          "viewsOverTime",
          views.overTime(context, "reviews", earlier.review().id(), later.review().id()));
    }
    return "progress/compare-reviews";
  }

  /** "Round 2: 10 May 2027 (completed)". */
  private String label(ReviewView view) {
    Review review = view.review();
    return message(
        "compare.reviews.option",
        review.round(),
        dates.day(review.meetingDate()),
        message("compare.reviews.status." + review.status().name()));
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.UK);
  }
}
