package uk.missingchildren.response.secondfactor;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;

/** The administrator turns off the second factor of someone who has lost their phone and codes. */
@Controller
class SecondFactorAdministrationController {

  private final SecondFactorService secondFactors;

  SecondFactorAdministrationController(SecondFactorService secondFactors) {
    this.secondFactors = secondFactors;
  }

  @PostMapping("/admin/accounts/{accountId}/second-factor/remove")
  String remove(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser administrator,
      RedirectAttributes redirect) {
    if (secondFactors.removeForSomeone(
        accountId, administrator.accountId(), administrator.email())) {
      redirect.addFlashAttribute("secondFactorRemoved", true);
    }
    return "redirect:/admin/accounts";
  }
}
