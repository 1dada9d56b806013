package uk.missingchildren.response.nationalpicture;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.NationalCountingPolicy;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The national picture for a partnership's members, with where their partnership sits, and its
 * coordinators' choice to be counted; and the same picture for the site administrator.
 */
@Controller
class NationalPictureController {

  static final String PAGE = "/partnerships/{partnershipId}/national-picture";

  private final NationalPictureService pictures;
  private final NationalCountingPolicy policy;

  NationalPictureController(NationalPictureService pictures, NationalCountingPolicy policy) {
    this.pictures = pictures;
    this.policy = policy;
  }

  @GetMapping(PAGE)
  String page(PartnershipContext context, @AuthenticationPrincipal SignedInUser user, Model model) {
    return page(context, user, false, model);
  }

  @PostMapping(PAGE + "/counting")
  String counting(
      PartnershipContext context,
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(required = false) String counted,
      Model model,
      RedirectAttributes redirect) {
    context.requireCoordinator();
    if (!"yes".equals(counted) && !"no".equals(counted)) {
      return page(context, user, true, model);
    }
    policy.count(context, "yes".equals(counted));
    redirect.addFlashAttribute("countingChanged", counted);
    return "redirect:/partnerships/" + context.partnershipId() + "/national-picture";
  }

  @GetMapping("/admin/national-picture")
  String forTheAdministrator(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("picture", pictures.current(user).orElse(null));
    return "nationalpicture/administrator";
  }

  private String page(PartnershipContext context, SignedInUser user, boolean missing, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("picture", pictures.current(user).orElse(null));
    model.addAttribute("standing", pictures.standing(context));
    model.addAttribute("counted", context.partnership().countedNationally());
    model.addAttribute("missing", missing);
    return "nationalpicture/page";
  }
}
