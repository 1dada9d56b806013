package uk.missingchildren.response.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.meeting.MeetingPositions;
import uk.missingchildren.response.meeting.SaveOutcome;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * One page per checklist section, each item its own small form. Without JavaScript an item is saved
 * by its Save button; with it, also in the background after each change (the JSON POST).
 */
@Controller
class SectionsController {

  private final ReviewService reviews;
  private final RatingService ratings;
  private final DisplayDates dates;
  private final MessageSource messages;
  private final MeetingPositions positions;
  private final AgencyViewsService views;

  SectionsController(
      ReviewService reviews,
      RatingService ratings,
      DisplayDates dates,
      MessageSource messages,
      MeetingPositions positions,
      AgencyViewsService views) {
    this.views = views;
    this.positions = positions;
    this.reviews = reviews;
    this.ratings = ratings;
    this.dates = dates;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/sections/{section}")
  String show(
      PartnershipContext context,
      @PathVariable UUID reviewId,
      @PathVariable String section,
      Model model,
      HttpServletRequest request) {
    SectionKind kind = ReviewSection.fromSlug(section).orElseThrow(ReviewNotFoundException::new);
    ReviewView view = reviews.view(context, reviewId);
    positions.presenting(request, context, reviewId, section);
    return page(context, view, kind, null, null, null, model);
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/items/{itemId}")
  String save(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      @PathVariable String itemId,
      @Valid @ModelAttribute("ratingForm") RatingForm form,
      BindingResult errors,
      @RequestParam(required = false) String then,
      Model model) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    ChecklistItem item = item(view, itemId);
    checkAgainstTheScales(view, form, errors);
    if (errors.hasErrors()) {
      return page(context, view, item.section(), item, form, problems(item, errors), model);
    }
    SaveOutcome<ReviewRating, RatingDraft> outcome =
        ratings.save(context, reviewId, itemId, form.draft(), form.getRevision());
    if (outcome.conflict()) {
      form.setRevision(outcome.revision());
      model.addAttribute("conflict", outcome);
      return page(
          context, reviews.view(context, reviewId), item.section(), item, form, List.of(), model);
    }
    if ("different-view".equals(then)) {
      return "redirect:" + ReviewPages.path(partnershipId, reviewId) + "/different-views/" + itemId;
    }
    String sectionPage =
        "redirect:"
            + ReviewPages.path(partnershipId, reviewId)
            + "/sections/"
            + ReviewSection.slug(item.section());
    List<ChecklistItem> inSection =
        view.items().stream().filter(i -> i.section() == item.section()).toList();
    int index = inSection.indexOf(item);
    return sectionPage
        + "#"
        + (index < inSection.size() - 1 ? inSection.get(index + 1).id() : "section-end");
  }

  @PostMapping(
      path = "/partnerships/{partnershipId}/reviews/{reviewId}/items/{itemId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosave(
      PartnershipContext context,
      @PathVariable UUID reviewId,
      @PathVariable String itemId,
      @Valid @ModelAttribute("ratingForm") RatingForm form,
      BindingResult errors) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    item(view, itemId);
    checkAgainstTheScales(view, form, errors);
    Map<String, Object> body = new LinkedHashMap<>();
    if (errors.hasErrors()) {
      // "Not applicable" chosen with the reason still to type, say: the Save button explains.
      body.put("status", "invalid");
      return ResponseEntity.unprocessableContent().body(body);
    }
    SaveOutcome<ReviewRating, RatingDraft> outcome =
        ratings.save(context, reviewId, itemId, form.draft(), form.getRevision());
    body.put("status", outcome.conflict() ? "conflict" : "saved");
    body.put("revision", outcome.revision());
    if (!outcome.conflict() && outcome.saved() != null) {
      body.put("savedAt", dates.time(outcome.saved().updatedAt()));
    }
    return ResponseEntity.status(outcome.conflict() ? HttpStatus.CONFLICT : HttpStatus.OK)
        .body(body);
  }

  private static ChecklistItem item(ReviewView view, String itemId) {
    return view.items().stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(ReviewNotFoundException::new);
  }

  private static void checkAgainstTheScales(
      ReviewView view, RatingForm form, BindingResult errors) {
    RatingDraft draft = form.draft();
    ItemRating.problemWith(
            view.framework().stageTwo(), draft.extent(), draft.impact(), draft.reason())
        .ifPresent(
            problem -> {
              switch (problem) {
                case EXTENT_NOT_ON_SCALE ->
                    errors.rejectValue("extent", "rating.error.extentNotOnScale");
                case IMPACT_NOT_ON_SCALE ->
                    errors.rejectValue("impact", "rating.error.impactNotOnScale");
                case REASON_MISSING -> errors.rejectValue("reason", "rating.error.reasonMissing");
              }
            });
  }

  /**
   * The failed item's problems, as the error summary lists them: the field's id and the message.
   */
  private List<Problem> problems(ChecklistItem item, BindingResult errors) {
    return errors.getFieldErrors().stream()
        .map(
            error ->
                new Problem(
                    item.id() + "-" + error.getField(),
                    error.getField(),
                    messages.getMessage(error, Locale.UK)))
        .toList();
  }

  private String page(
      PartnershipContext context,
      ReviewView view,
      SectionKind kind,
      ChecklistItem failed,
      RatingForm failedForm,
      List<Problem> problems,
      Model model) {
    List<ChecklistItem> items = view.items().stream().filter(i -> i.section() == kind).toList();
    Map<String, RatingForm> forms = new LinkedHashMap<>();
    items.forEach(
        i ->
            forms.put(
                i.id(),
                failed != null && failed.id().equals(i.id())
                    ? failedForm
                    : RatingForm.from(view.rating(i.id()).orElse(null))));
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("section", kind);
    model.addAttribute("sectionSlug", ReviewSection.slug(kind));
    model.addAttribute("items", items);
    model.addAttribute("forms", forms);
    model.addAttribute("failedItem", failed == null ? null : failed.id());
    model.addAttribute("problems", problems == null ? List.of() : problems);
    Map<String, String> byField = new LinkedHashMap<>();
    if (problems != null) {
      problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
    }
    model.addAttribute("problemByField", byField);
    model.addAttribute("itemViews", views.forItems(context, reviews.viewsSubject(context, view)));
    model.addAttribute("editable", !view.review().completed() && context.role().canEdit());
    model.addAttribute("slugs", ReviewSection.slugs());
    SectionKind[] kinds = SectionKind.values();
    model.addAttribute("previousSection", kind.ordinal() > 0 ? kinds[kind.ordinal() - 1] : null);
    model.addAttribute(
        "nextSection", kind.ordinal() < kinds.length - 1 ? kinds[kind.ordinal() + 1] : null);
    model.addAttribute(
        "pageTitle",
        messages.getMessage(kind.messageKey() + ".title", null, Locale.UK)
            + " – "
            + view.theme().title());
    return "review/section";
  }

  /** One problem with the item that failed: where it is and what to do. */
  record Problem(String fieldId, String field, String message) {}
}
