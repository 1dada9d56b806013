package uk.missingchildren.response.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * A partnership's coordinator follows a group's joining link, chooses which of their partnerships
 * joins and what it shares. Nothing is shared until they do.
 */
@Controller
class JoinGroupController {

  private final OversightService groups;
  private final PartnershipAccess partnerships;
  private final FormSubmissions submissions;

  JoinGroupController(
      OversightService groups, PartnershipAccess partnerships, FormSubmissions submissions) {
    this.groups = groups;
    this.partnerships = partnerships;
    this.submissions = submissions;
  }

  @GetMapping("/oversight/join/{secret}")
  String show(
      @PathVariable String secret, @AuthenticationPrincipal SignedInUser user, Model model) {
    SharingForm form = SharingForm.of(new SharingChoice(true, false, false));
    return page(secret, user, form, null, model);
  }

  @PostMapping("/oversight/join/{secret}")
  String join(
      @PathVariable String secret,
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute("sharingForm") SharingForm form,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    // The same page sent twice: the link is used up by the first, so lead where it led.
    var earlier = submissions.previousResult(request);
    if (earlier.isPresent()) {
      return "redirect:" + earlier.get();
    }
    var invitation = groups.invitation(secret, user);
    if (invitation.isEmpty()) {
      return "oversight/join-expired";
    }
    UUID chosen = form.getPartnershipId();
    var partnership =
        invitation.get().canJoin().stream()
            .filter(c -> c.partnershipId().equals(chosen))
            .findFirst();
    if (partnership.isEmpty()) {
      return page(secret, user, form, "oversight.join.error.partnershipMissing", model);
    }
    if (!form.choice().anything()) {
      return page(secret, user, form, "oversight.join.error.nothingShared", model);
    }
    PartnershipContext coordinator = partnerships.require(chosen, user);
    String groupName = invitation.get().group().name();
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              groups.join(secret, coordinator, form.choice());
              redirect.addFlashAttribute("joined", groupName);
              return "/partnerships/" + chosen + "/oversight";
            });
  }

  private String page(
      String secret, SignedInUser user, SharingForm form, String error, Model model) {
    var invitation = groups.invitation(secret, user);
    if (invitation.isEmpty()) {
      return "oversight/join-expired";
    }
    model.addAttribute("invitation", invitation.get());
    model.addAttribute("sharingForm", form);
    model.addAttribute("error", error);
    model.addAttribute("secret", secret);
    return "oversight/join";
  }
}
