package uk.missingchildren.response.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.SignedInUser;

/** Following an invitation link: sign in or create an account, then join. */
@Controller
class InvitationController {

  private final MembershipService members;
  private final HttpSessionRequestCache returnHere = new HttpSessionRequestCache();

  InvitationController(MembershipService members) {
    this.members = members;
  }

  @GetMapping("/invitations/{secret}")
  String show(
      @PathVariable String secret,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    return members
        .invitation(secret)
        .map(
            view -> {
              model.addAttribute("invitation", view.invitation());
              model.addAttribute("partnership", view.partnership());
              model.addAttribute("secret", secret);
              if (user == null) {
                // After signing in, or creating an account and signing in, come back to this
                // invitation.
                returnHere.saveRequest(request, response);
              }
              return "partnership/invitation";
            })
        .orElse("partnership/invitation-expired");
  }

  @PostMapping("/invitations/{secret}/accept")
  String accept(@PathVariable String secret, @AuthenticationPrincipal SignedInUser user) {
    return members
        .accept(secret, user)
        .map(partnershipId -> "redirect:/partnerships/" + partnershipId + "?joined")
        .orElse("partnership/invitation-expired");
  }
}
