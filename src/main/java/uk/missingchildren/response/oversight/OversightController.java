package uk.missingchildren.response.oversight;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.notification.ServiceAddress;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** A group member's pages: their groups, a group's dashboard, one partnership, the members. */
@Controller
class OversightController {

  private final OversightService groups;
  private final OversightDashboard dashboard;
  private final ServiceAddress address;
  private final FormSubmissions submissions;

  OversightController(
      OversightService groups,
      OversightDashboard dashboard,
      ServiceAddress address,
      FormSubmissions submissions) {
    this.groups = groups;
    this.dashboard = dashboard;
    this.address = address;
    this.submissions = submissions;
  }

  @GetMapping("/oversight")
  String list(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("groups", groups.mine(user));
    model.addAttribute("mayCreate", groups.mayCreate(user));
    return "oversight/list";
  }

  @GetMapping("/oversight/new")
  String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    requireMayCreate(user);
    model.addAttribute("groupForm", new GroupForm());
    model.addAttribute("kinds", AreaKind.values());
    return "oversight/new";
  }

  @PostMapping("/oversight/new")
  String create(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("groupForm") GroupForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    requireMayCreate(user);
    if (errors.hasErrors()) {
      model.addAttribute("kinds", AreaKind.values());
      return "oversight/new";
    }
    // Sent twice (a double click), the form still makes one group.
    return "redirect:"
        + submissions.once(
            request,
            () -> "/oversight/" + groups.create(user, form.getName(), form.getKind()).id());
  }

  @GetMapping("/oversight/{groupId}")
  String group(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user, Model model) {
    GroupContext group = groups.require(groupId, user);
    model.addAttribute("group", group);
    model.addAttribute("view", dashboard.of(group));
    return "oversight/group";
  }

  @GetMapping("/oversight/{groupId}/partnerships/{partnershipId}")
  String partnership(
      @PathVariable UUID groupId,
      @PathVariable UUID partnershipId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    GroupContext group = groups.require(groupId, user);
    model.addAttribute("group", group);
    model.addAttribute("column", dashboard.partnership(group, partnershipId));
    model.addAttribute("themes", dashboard.themes());
    return "oversight/partnership";
  }

  @GetMapping("/oversight/{groupId}/members")
  String members(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user, Model model) {
    GroupContext group = groups.require(groupId, user);
    return membersPage(group, null, null, model);
  }

  @PostMapping("/oversight/{groupId}/members")
  String addMember(
      @PathVariable UUID groupId,
      @RequestParam(required = false) String email,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    GroupContext group = groups.require(groupId, user).requireLead();
    if (email == null || email.isBlank()) {
      return membersPage(group, "oversight.members.error.emailMissing", email, model);
    }
    var refusal = groups.addMember(group, email);
    if (refusal.isPresent()) {
      return membersPage(group, refusal.get(), email, model);
    }
    redirect.addFlashAttribute("added", email.strip());
    return "redirect:/oversight/" + groupId + "/members";
  }

  @PostMapping("/oversight/{groupId}/invitations")
  String invite(
      @PathVariable UUID groupId,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    GroupContext group = groups.require(groupId, user).requireLead();
    // Sent twice, one link is made and the same one is shown.
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "joiningLink", address.link("/oversight/join/" + groups.invite(group)));
              return "/oversight/" + groupId + "/members";
            });
  }

  private String membersPage(GroupContext group, String error, String email, Model model) {
    model.addAttribute("group", group);
    model.addAttribute("members", groups.members(group));
    model.addAttribute("error", error);
    model.addAttribute("email", email);
    return "oversight/members";
  }

  private void requireMayCreate(SignedInUser user) {
    if (!groups.mayCreate(user)) {
      throw new org.springframework.security.access.AccessDeniedException("Cannot create groups");
    }
  }
}
