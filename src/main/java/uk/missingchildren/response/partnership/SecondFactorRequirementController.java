package uk.missingchildren.response.partnership;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator requires (or stops requiring) every member to use a second factor. */
@Controller
class SecondFactorRequirementController {

  static final String PATH = "/partnerships/{partnershipId}/members/second-factor";

  private final SecondFactorPolicy policy;

  SecondFactorRequirementController(SecondFactorPolicy policy) {
    this.policy = policy;
  }

  @GetMapping(PATH)
  String form(PartnershipContext context, Model model) {
    context.requireCoordinator();
    SecondFactorRequirementForm form = new SecondFactorRequirementForm();
    form.setRequired(context.partnership().secondFactorRequired() ? "yes" : "no");
    return page(context, form, false, model);
  }

  @PostMapping(PATH)
  String change(
      PartnershipContext context,
      @ModelAttribute("requirementForm") SecondFactorRequirementForm form,
      Model model,
      RedirectAttributes redirect) {
    context.requireCoordinator();
    if (form.choice().isEmpty()) {
      return page(context, form, true, model);
    }
    policy.require(context, form.choice().get());
    redirect.addFlashAttribute("secondFactorChanged", form.choice().get());
    return "redirect:/partnerships/" + context.partnershipId() + "/members";
  }

  private static String page(
      PartnershipContext context, SecondFactorRequirementForm form, boolean missing, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("requirementForm", form);
    model.addAttribute("missing", missing);
    return "partnership/second-factor";
  }
}
