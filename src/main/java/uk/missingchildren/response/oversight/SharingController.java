package uk.missingchildren.response.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * A partnership's side: the groups it shares with and what, which everyone in it can see; its
 * coordinators change what is shared or stop sharing, with immediate effect; and the actions it
 * asks its groups to respond to.
 */
@Controller
class SharingController {

  private final OversightService groups;
  private final RaisedActionService raised;
  private final FormSubmissions submissions;

  SharingController(
      OversightService groups, RaisedActionService raised, FormSubmissions submissions) {
    this.groups = groups;
    this.raised = raised;
    this.submissions = submissions;
  }

  @GetMapping("/partnerships/{partnershipId}/oversight")
  String list(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("shares", groups.sharesOf(context));
    model.addAttribute("asked", raised.asked(context));
    return "oversight/sharing";
  }

  @GetMapping("/partnerships/{partnershipId}/oversight/{groupId}")
  String changeForm(PartnershipContext context, @PathVariable UUID groupId, Model model) {
    context.requireCoordinator();
    var line = groups.shareOf(context, groupId);
    return changePage(context, line, SharingForm.of(line.share().choice()), false, model);
  }

  @PostMapping("/partnerships/{partnershipId}/oversight/{groupId}")
  String change(
      PartnershipContext context,
      @PathVariable UUID groupId,
      @ModelAttribute("sharingForm") SharingForm form,
      Model model,
      RedirectAttributes redirect) {
    context.requireCoordinator();
    var line = groups.shareOf(context, groupId);
    if (!form.choice().anything()) {
      return changePage(context, line, form, true, model);
    }
    groups.change(context, groupId, form.choice());
    redirect.addFlashAttribute("changed", line.group().name());
    return "redirect:/partnerships/" + context.partnershipId() + "/oversight";
  }

  @PostMapping("/partnerships/{partnershipId}/oversight/{groupId}/stop")
  String stop(
      PartnershipContext context,
      @PathVariable UUID groupId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireCoordinator();
    // Sent twice, the share is gone by the second: lead where the first led, not to a 404.
    var earlier = submissions.previousResult(request);
    if (earlier.isPresent()) {
      return "redirect:" + earlier.get();
    }
    var line = groups.shareOf(context, groupId);
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              groups.stop(context, groupId);
              redirect.addFlashAttribute("stopped", line.group().name());
              return "/partnerships/" + context.partnershipId() + "/oversight";
            });
  }

  private static String changePage(
      PartnershipContext context,
      OversightService.ShareLine line,
      SharingForm form,
      boolean nothing,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("line", line);
    model.addAttribute("sharingForm", form);
    model.addAttribute("nothing", nothing);
    return "oversight/change-sharing";
  }
}
