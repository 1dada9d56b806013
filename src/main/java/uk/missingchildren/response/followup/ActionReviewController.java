package uk.missingchildren.response.followup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ActionUpdateForm;
import uk.missingchildren.response.action.ActionUpdateForms;
import uk.missingchildren.response.action.UpdateFormModel;
import uk.missingchildren.response.action.UpdateOutcome;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.meeting.MeetingPositions;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Reviewing one action at a follow-up meeting: what it is and where it has got to, and the group's
 * decision (progress, status, impact, amendment or closing). After recording, on to the next action
 * the meeting has not yet reviewed.
 */
@Controller
class ActionReviewController {

  private static final String PATH =
      "/partnerships/{partnershipId}/follow-ups/{meetingId}/actions/{actionId}";

  private final FollowUpService followUps;
  private final ActionService actions;
  private final ActionUpdateForms forms;
  private final FrameworkCatalogue catalogue;
  private final MeetingPositions positions;

  ActionReviewController(
      FollowUpService followUps,
      ActionService actions,
      ActionUpdateForms forms,
      FrameworkCatalogue catalogue,
      MeetingPositions positions) {
    this.positions = positions;
    this.followUps = followUps;
    this.actions = actions;
    this.forms = forms;
    this.catalogue = catalogue;
  }

  @GetMapping(PATH)
  String action(
      PartnershipContext context,
      @PathVariable UUID meetingId,
      @PathVariable UUID actionId,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    FollowUpView view = inProgress(context, meetingId);
    Agenda.Entry entry = view.agenda().entry(actionId).orElseThrow(FollowUpNotFoundException::new);
    positions.presenting(request, context, meetingId, actionId.toString());
    return page(
        context, view, entry, entry.action(), ActionUpdateForm.of(entry.action()), false, model);
  }

  @PostMapping(PATH)
  String review(
      PartnershipContext context,
      @PathVariable UUID meetingId,
      @PathVariable UUID actionId,
      @Valid @ModelAttribute("updateForm") ActionUpdateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    context.requireEditor();
    FollowUpView view = inProgress(context, meetingId);
    Agenda.Entry entry = view.agenda().entry(actionId).orElseThrow(FollowUpNotFoundException::new);
    forms.validate(form, errors, entry.action());
    if (errors.hasErrors()) {
      return page(context, view, entry, entry.action(), form, false, model);
    }
    UpdateOutcome outcome =
        actions.update(context, actionId, forms.change(form), form.getVersion(), meetingId);
    if (!outcome.recorded()) {
      forms.rebase(form, outcome.action());
      return page(context, view, entry, outcome.action(), form, true, model);
    }
    redirect.addFlashAttribute("reviewed", entry.action().title());
    FollowUpView after = followUps.view(context, meetingId);
    return "redirect:"
        + after
            .agenda()
            .nextUnreviewed(actionId)
            .map(next -> FollowUpPages.path(context, meetingId) + "/actions/" + next.action().id())
            .orElse(FollowUpPages.path(context, meetingId) + "#agenda");
  }

  private FollowUpView inProgress(PartnershipContext context, UUID meetingId) {
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    return view;
  }

  private String page(
      PartnershipContext context,
      FollowUpView view,
      Agenda.Entry entry,
      Action action,
      ActionUpdateForm form,
      boolean clash,
      Model model) {
    UpdateFormModel.add(model, action, form, clash, actions.history(context, action.id()));
    String base = FollowUpPages.path(context, view.meeting().id());
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("entry", entry);
    model.addAttribute("position", view.agenda().entries().indexOf(entry) + 1);
    model.addAttribute("theme", catalogue.current().themeWithId(action.themeId()).orElse(null));
    model.addAttribute("base", base);
    model.addAttribute("formAction", base + "/actions/" + action.id());
    model.addAttribute(
        "previous",
        view.agenda()
            .previous(action.id())
            .map(e -> base + "/actions/" + e.action().id())
            .orElse(null));
    model.addAttribute(
        "next",
        view.agenda()
            .next(action.id())
            .map(e -> base + "/actions/" + e.action().id())
            .orElse(null));
    model.addAttribute("closed", action.status() == ActionStatus.CLOSED);
    return "followup/action";
  }
}
