package uk.missingchildren.response.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** Your partnerships, registering a new one, and each partnership's home page. */
@Controller
class PartnershipsController {

  private final PartnershipAccess access;
  private final PartnershipService partnerships;
  private final MembershipService members;
  private final List<PartnershipHomeContributor> homeContributors;
  private final FormSubmissions submissions;

  PartnershipsController(
      PartnershipAccess access,
      PartnershipService partnerships,
      MembershipService members,
      List<PartnershipHomeContributor> homeContributors,
      FormSubmissions submissions) {
    this.submissions = submissions;
    this.access = access;
    this.partnerships = partnerships;
    this.members = members;
    this.homeContributors = homeContributors;
  }

  /** Signing in leads here ({@code SignInHandlers}, by address: accounts cannot call this). */
  static final String SIGNED_IN = "/partnerships/after-sign-in";

  @GetMapping("/partnerships")
  String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("partnerships", access.mine(user));
    return "partnership/list";
  }

  /**
   * Where signing in leads when no other page was asked for: straight to the partnership of someone
   * who belongs to exactly one, since that is where they are going; otherwise the list to choose
   * from. The list stays one link away in the navigation.
   */
  @GetMapping(SIGNED_IN)
  String afterSigningIn(@AuthenticationPrincipal SignedInUser user) {
    List<PartnershipContext> mine = access.mine(user);
    return mine.size() == 1
        ? "redirect:/partnerships/" + mine.get(0).partnershipId()
        : "redirect:/partnerships";
  }

  @GetMapping("/partnerships/new")
  String form(Model model) {
    model.addAttribute("partnershipForm", new PartnershipForm());
    return "partnership/new";
  }

  @PostMapping("/partnerships/new")
  String register(
      @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
      BindingResult errors,
      @AuthenticationPrincipal SignedInUser user,
      HttpServletRequest request) {
    if (errors.hasErrors()) {
      return "partnership/new";
    }
    return "redirect:"
        + submissions.once(request, () -> "/partnerships/" + partnerships.register(form, user));
  }

  @GetMapping("/partnerships/{partnershipId}")
  String home(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("memberCount", members.memberCount(context));
    homeContributors.forEach(contributor -> contributor.contribute(context, model));
    return "partnership/home";
  }
}
