package uk.missingchildren.response.action;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Deciding about an action proposed at stage one: agree it as a new action, merge it into an open
 * action that already covers it, or set it aside with a reason. Each leads back to the action plan,
 * which says what was done. Editors only; a proposal decided meanwhile is not decided again.
 */
@Controller
class ProposedActionsController {

  private static final String PROPOSAL =
      "/partnerships/{partnershipId}/actions/proposed/{benchmarkId}/{questionId}";

  private final ProposedActionsService proposals;
  private final ActionService actions;
  private final FormSubmissions submissions;

  ProposedActionsController(
      ProposedActionsService proposals, ActionService actions, FormSubmissions submissions) {
    this.proposals = proposals;
    this.actions = actions;
    this.submissions = submissions;
  }

  @GetMapping(PROPOSAL + "/agree")
  String agreeForm(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      Model model) {
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    return agreePage(context, proposal, ActionForm.describing(proposal.text()), model);
  }

  @PostMapping(PROPOSAL + "/agree")
  String agree(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @Valid @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    Optional<String> sentBefore = submissions.previousResult(request);
    if (sentBefore.isPresent()) {
      return "redirect:" + sentBefore.get();
    }
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    new ActionFormValidator(actions.today()).validate(form, errors);
    if (errors.hasErrors()) {
      return agreePage(context, proposal, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              Action agreed =
                  proposals.agree(
                      context,
                      proposal,
                      form.newAction(
                          proposal.themeId(),
                          ActionSource.STAGE_ONE_QUESTION,
                          questionId,
                          null,
                          benchmarkId));
              return plan(context) + "?proposal=agreed&action=" + agreed.id() + "#proposed";
            });
  }

  @GetMapping(PROPOSAL + "/merge")
  String mergeForm(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @RequestParam(name = "areas", required = false) String areas,
      Model model) {
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    return mergePage(context, proposal, new MergeForm(), "all".equals(areas), model);
  }

  @PostMapping(PROPOSAL + "/merge")
  String merge(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @RequestParam(name = "areas", required = false) String areas,
      @Valid @ModelAttribute("mergeForm") MergeForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    Optional<String> sentBefore = submissions.previousResult(request);
    if (sentBefore.isPresent()) {
      return "redirect:" + sentBefore.get();
    }
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    if (!errors.hasErrors() && !stillOpen(context, form.getActionId())) {
      // Closed, or never one of this partnership's, since the page was drawn: choose again.
      errors.rejectValue("actionId", "proposed.error.actionNotOpen");
    }
    if (errors.hasErrors()) {
      return mergePage(context, proposal, form, "all".equals(areas), model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              Action into = proposals.merge(context, proposal, form.getActionId());
              return plan(context) + "?proposal=merged&action=" + into.id() + "#proposed";
            });
  }

  @GetMapping(PROPOSAL + "/set-aside")
  String setAsideForm(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      Model model) {
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    return setAsidePage(context, proposal, new SetAsideForm(), model);
  }

  @PostMapping(PROPOSAL + "/set-aside")
  String setAside(
      PartnershipContext context,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @Valid @ModelAttribute("setAsideForm") SetAsideForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    Optional<String> sentBefore = submissions.previousResult(request);
    if (sentBefore.isPresent()) {
      return "redirect:" + sentBefore.get();
    }
    ProposedAction proposal = pending(context.requireEditor(), benchmarkId, questionId);
    if (errors.hasErrors()) {
      return setAsidePage(context, proposal, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              proposals.setAside(context, proposal, form.getReason());
              return plan(context) + "?proposal=setAside#proposed";
            });
  }

  private boolean stillOpen(PartnershipContext context, UUID actionId) {
    return actions.register(context).stream()
        .anyMatch(action -> action.id().equals(actionId) && action.status().open());
  }

  /** Decided by someone else meanwhile: the plan says so, and shows what was decided. */
  @ExceptionHandler(ProposalAlreadyDecidedException.class)
  String decidedAlready(ProposalAlreadyDecidedException decided) {
    return "redirect:/partnerships/"
        + decided.partnershipId()
        + "/actions?proposal=decidedAlready#decided";
  }

  /**
   * Found before deciding, so a decision made meanwhile is told, not repeated; a form sent twice
   * has already led back to its first result.
   */
  private ProposedAction pending(PartnershipContext context, UUID benchmarkId, String questionId) {
    return proposals.pending(context, benchmarkId, questionId);
  }

  private String agreePage(
      PartnershipContext context, ProposedAction proposal, ActionForm form, Model model) {
    model.addAttribute("actionForm", form);
    model.addAttribute("owners", Arrays.stream(ActionOwner.values()).map(Enum::name).toList());
    model.addAttribute("agencies", Arrays.stream(Agency.values()).map(Enum::name).toList());
    return page(context, proposal, "agree", model);
  }

  private String mergePage(
      PartnershipContext context,
      ProposedAction proposal,
      MergeForm form,
      boolean allAreas,
      Model model) {
    List<Action> open =
        actions.register(context).stream()
            .filter(action -> action.status().open())
            .filter(action -> allAreas || action.themeId().equals(proposal.themeId()))
            .sorted(Comparator.comparing(Action::title, String.CASE_INSENSITIVE_ORDER))
            .toList();
    model.addAttribute("mergeForm", form);
    model.addAttribute("openActions", open);
    model.addAttribute("allAreas", allAreas);
    return page(context, proposal, "merge", model);
  }

  private String setAsidePage(
      PartnershipContext context, ProposedAction proposal, SetAsideForm form, Model model) {
    model.addAttribute("setAsideForm", form);
    return page(context, proposal, "set-aside", model);
  }

  private static String page(
      PartnershipContext context, ProposedAction proposal, String decision, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("proposal", proposal);
    model.addAttribute("arising", proposal.arising());
    model.addAttribute("planPath", plan(context));
    model.addAttribute(
        "proposalPath", plan(context) + "/proposed/" + proposal.path() + "/" + decision);
    return "action/proposed-" + decision;
  }

  private static String plan(PartnershipContext context) {
    return "/partnerships/" + context.partnershipId() + "/actions";
  }
}
