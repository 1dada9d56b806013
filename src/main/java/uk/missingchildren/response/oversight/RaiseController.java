package uk.missingchildren.response.oversight;

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
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** A coordinator asks the partnership's oversight groups to respond to an action, or stops. */
@Controller
class RaiseController {

  private final RaisedActionService raised;
  private final FormSubmissions submissions;

  RaiseController(RaisedActionService raised, FormSubmissions submissions) {
    this.raised = raised;
    this.submissions = submissions;
  }

  @GetMapping("/partnerships/{partnershipId}/actions/{actionId}/oversight")
  String form(PartnershipContext context, @PathVariable UUID actionId, Model model) {
    Action action = raised.raisable(context, actionId);
    RaiseForm form = new RaiseForm();
    raised.raised(context, actionId).ifPresent(found -> form.setRequest(found.request()));
    model.addAttribute("raiseForm", form);
    return page(context, action, model);
  }

  @PostMapping("/partnerships/{partnershipId}/actions/{actionId}/oversight")
  String raise(
      PartnershipContext context,
      @PathVariable UUID actionId,
      @Valid @ModelAttribute("raiseForm") RaiseForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Action action = raised.raisable(context, actionId);
    if (errors.hasErrors()) {
      return page(context, action, model);
    }
    raised.raise(context, actionId, form.getRequest());
    redirect.addFlashAttribute("oversightRaised", true);
    return "redirect:" + actionPage(context, actionId);
  }

  @PostMapping("/partnerships/{partnershipId}/actions/{actionId}/oversight/withdraw")
  String withdraw(
      PartnershipContext context,
      @PathVariable UUID actionId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              raised.withdraw(context, actionId);
              redirect.addFlashAttribute("oversightWithdrawn", true);
              return actionPage(context, actionId);
            });
  }

  private static String page(PartnershipContext context, Action action, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("action", action);
    return "oversight/raise";
  }

  private static String actionPage(PartnershipContext context, UUID actionId) {
    return "/partnerships/" + context.partnershipId() + "/actions/" + actionId + "#oversight";
  }
}
