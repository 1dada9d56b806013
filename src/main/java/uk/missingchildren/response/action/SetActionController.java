package uk.missingchildren.response.action;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewPages;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.ReviewView;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Setting an action from a checklist review: for one of its items, or from a stage-one question's
 * actions arising in the same area. Actions are what a review is for, so they can be set whether or
 * not the review has been completed. Editors only.
 */
@Controller
class SetActionController {

  private static final String ITEM =
      "/partnerships/{partnershipId}/reviews/{reviewId}/items/{itemId}/actions/new";
  private static final String QUESTION =
      "/partnerships/{partnershipId}/reviews/{reviewId}/questions/{questionId}/actions/new";
  private final ReviewService reviews;
  private final ActionService actions;
  private final StageOneActionsArising stageOne;
  private final ProposedActionsService proposals;
  private final Clock clock;
  private final FormSubmissions submissions;

  SetActionController(
      ReviewService reviews,
      ActionService actions,
      StageOneActionsArising stageOne,
      ProposedActionsService proposals,
      Clock clock,
      FormSubmissions submissions) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.actions = actions;
    this.stageOne = stageOne;
    this.proposals = proposals;
    this.clock = clock;
  }

  @GetMapping(ITEM)
  String itemForm(
      PartnershipContext context,
      @PathVariable UUID reviewId,
      @PathVariable String itemId,
      Model model) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    return itemPage(context, view, item(view, itemId), new ActionForm(), model);
  }

  @PostMapping(ITEM)
  String setForItem(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      @PathVariable String itemId,
      @Valid @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    ChecklistItem item = item(view, itemId);
    new ActionFormValidator(today()).validate(form, errors);
    if (errors.hasErrors()) {
      return itemPage(context, view, item, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              actions.create(
                  context,
                  form.newAction(
                      view.review().themeId(),
                      ActionSource.CHECKLIST_ITEM,
                      item.id(),
                      reviewId,
                      null));
              return summary(partnershipId, reviewId) + "?actionSet=" + item.id() + "#" + item.id();
            });
  }

  @GetMapping(QUESTION)
  String questionForm(
      PartnershipContext context,
      @PathVariable UUID reviewId,
      @PathVariable String questionId,
      Model model) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    StageOneActionsArising.Found found = found(context, view);
    StageOneActionsArising.Arising arising =
        found.forQuestion(questionId).orElseThrow(ActionSourceNotFoundException::new);
    if (proposals.notTaken(context, found.benchmarkId(), questionId)) {
      return notTaken(context.partnershipId(), reviewId, questionId);
    }
    return questionPage(
        context, view, found, arising, ActionForm.describing(arising.text()), model);
  }

  @PostMapping(QUESTION)
  String setForQuestion(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      @PathVariable String questionId,
      @Valid @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    StageOneActionsArising.Found found = found(context, view);
    StageOneActionsArising.Arising arising =
        found.forQuestion(questionId).orElseThrow(ActionSourceNotFoundException::new);
    if (proposals.notTaken(context, found.benchmarkId(), questionId)) {
      return notTaken(partnershipId, reviewId, questionId);
    }
    new ActionFormValidator(today()).validate(form, errors);
    if (errors.hasErrors()) {
      return questionPage(context, view, found, arising, form, model);
    }
    String id = arising.question().id();
    // Recorded against the review it was set in as well, so the review's summary lists it.
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              actions.create(
                  context,
                  form.newAction(
                      view.review().themeId(),
                      ActionSource.STAGE_ONE_QUESTION,
                      id,
                      reviewId,
                      found.benchmarkId()));
              return summary(partnershipId, reviewId) + "?actionSet=" + id + "#stage-one-" + id;
            });
  }

  private static ChecklistItem item(ReviewView view, String itemId) {
    return view.items().stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(ActionSourceNotFoundException::new);
  }

  private StageOneActionsArising.Found found(PartnershipContext context, ReviewView view) {
    return stageOne
        .latest(context, view.review().themeId())
        .orElseThrow(ActionSourceNotFoundException::new);
  }

  private LocalDate today() {
    return UkTime.today(clock);
  }

  /**
   * Back to the summary, where the actions arising say the action plan set them aside or merged
   * them: a page shown before that decision offered to make an action of them.
   */
  private static String notTaken(UUID partnershipId, UUID reviewId, String questionId) {
    return "redirect:" + summary(partnershipId, reviewId) + "#stage-one-" + questionId;
  }

  private static String summary(UUID partnershipId, UUID reviewId) {
    return ReviewPages.summary(partnershipId, reviewId);
  }

  private String itemPage(
      PartnershipContext context,
      ReviewView view,
      ChecklistItem item,
      ActionForm form,
      Model model) {
    model.addAttribute("item", item);
    model.addAttribute("rating", view.evaluated(item));
    model.addAttribute("scales", view.framework().stageTwo());
    model.addAttribute(
        "formAction",
        ReviewPages.path(context.partnershipId(), view.review().id())
            + "/items/"
            + item.id()
            + "/actions/new");
    return page(context, view, form, model);
  }

  private String questionPage(
      PartnershipContext context,
      ReviewView view,
      StageOneActionsArising.Found found,
      StageOneActionsArising.Arising arising,
      ActionForm form,
      Model model) {
    model.addAttribute("found", found);
    model.addAttribute("arising", arising);
    model.addAttribute(
        "formAction",
        ReviewPages.path(context.partnershipId(), view.review().id())
            + "/questions/"
            + arising.question().id()
            + "/actions/new");
    return page(context, view, form, model);
  }

  private String page(PartnershipContext context, ReviewView view, ActionForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("actionForm", form);
    model.addAttribute("owners", Arrays.stream(ActionOwner.values()).map(Enum::name).toList());
    model.addAttribute("agencies", Arrays.stream(Agency.values()).map(Enum::name).toList());
    model.addAttribute("summaryPath", summary(context.partnershipId(), view.review().id()));
    return "action/set-action";
  }
}
