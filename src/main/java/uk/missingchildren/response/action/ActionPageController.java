package uk.missingchildren.response.action;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * One action: where it came from, its details and its full history (any member); and recording an
 * update outside a follow-up meeting (editors), with the same rules as in one.
 */
@Controller
class ActionPageController {

  private final ActionService actions;
  private final ActionOrigins origins;
  private final FrameworkCatalogue catalogue;
  private final ActionUpdateForms forms;
  private final List<ActionPageContributor> pageContributors;

  ActionPageController(
      ActionService actions,
      ActionOrigins origins,
      FrameworkCatalogue catalogue,
      ActionUpdateForms forms,
      List<ActionPageContributor> pageContributors) {
    this.forms = forms;
    this.pageContributors = pageContributors;
    this.actions = actions;
    this.origins = origins;
    this.catalogue = catalogue;
  }

  @GetMapping("/partnerships/{partnershipId}/actions/{actionId}")
  String action(PartnershipContext context, @PathVariable UUID actionId, Model model) {
    Action action = actions.action(context, actionId);
    model.addAttribute("context", context);
    model.addAttribute("action", action);
    model.addAttribute("theme", catalogue.current().themeWithId(action.themeId()).orElse(null));
    model.addAttribute("overdue", action.overdue(actions.today()));
    model.addAttribute("origin", origins.of(context, action));
    List<ActionUpdate> newestFirst = new ArrayList<>(actions.history(context, actionId));
    Collections.reverse(newestFirst);
    model.addAttribute("history", newestFirst);
    pageContributors.forEach(contributor -> contributor.contribute(context, action, model));
    return "action/action";
  }

  @GetMapping("/partnerships/{partnershipId}/actions/{actionId}/update")
  String updateForm(PartnershipContext context, @PathVariable UUID actionId, Model model) {
    context.requireEditor();
    Action action = actions.action(context, actionId);
    return updatePage(context, action, ActionUpdateForm.of(action), false, model);
  }

  @PostMapping("/partnerships/{partnershipId}/actions/{actionId}/update")
  String update(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID actionId,
      @Valid @ModelAttribute("updateForm") ActionUpdateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    context.requireEditor();
    Action action = actions.action(context, actionId);
    forms.validate(form, errors, action);
    if (errors.hasErrors()) {
      return updatePage(context, action, form, false, model);
    }
    UpdateOutcome outcome =
        actions.update(context, actionId, forms.change(form), form.getVersion(), null);
    if (!outcome.recorded()) {
      forms.rebase(form, outcome.action());
      return updatePage(context, outcome.action(), form, true, model);
    }
    redirect.addFlashAttribute("updated", true);
    return "redirect:/partnerships/" + partnershipId + "/actions/" + actionId + "#history";
  }

  private String updatePage(
      PartnershipContext context,
      Action action,
      ActionUpdateForm form,
      boolean clash,
      Model model) {
    action.requireOpenForUpdates();
    UpdateFormModel.add(model, action, form, clash, actions.history(context, action.id()));
    model.addAttribute("context", context);
    model.addAttribute("theme", catalogue.current().themeWithId(action.themeId()).orElse(null));
    model.addAttribute(
        "formAction",
        "/partnerships/" + context.partnershipId() + "/actions/" + action.id() + "/update");
    model.addAttribute(
        "backLink", "/partnerships/" + context.partnershipId() + "/actions/" + action.id());
    return "action/update";
  }
}
