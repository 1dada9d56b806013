package uk.missingchildren.response.partnership;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** A partnership's members and invitations. Everyone can see them; coordinators manage them. */
@Controller
class MembersController {

  private final MembershipService members;
  private final MemberDirectory directory;
  private final FormSubmissions submissions;

  MembersController(
      MembershipService members, MemberDirectory directory, FormSubmissions submissions) {
    this.submissions = submissions;
    this.members = members;
    this.directory = directory;
  }

  @GetMapping("/partnerships/{partnershipId}/members")
  String list(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("members", directory.describe(members.members(context)));
    model.addAttribute("invitations", members.openInvitations(context));
    return "partnership/members";
  }

  @GetMapping("/partnerships/{partnershipId}/members/invite")
  String inviteForm(PartnershipContext context, Model model) {
    model.addAttribute("context", context.requireCoordinator());
    model.addAttribute("invitationForm", new InvitationForm());
    model.addAttribute("roles", Role.values());
    return "partnership/invite";
  }

  @PostMapping("/partnerships/{partnershipId}/members/invite")
  String invite(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @Valid @ModelAttribute("invitationForm") InvitationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireCoordinator();
    if (errors.hasErrors()) {
      model.addAttribute("context", context);
      model.addAttribute("roles", Role.values());
      return "partnership/invite";
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              MembershipService.InvitationSent sent = members.invite(context, form);
              redirect.addFlashAttribute("delivery", sent.delivery());
              redirect.addFlashAttribute("invitationLink", sent);
              redirect.addFlashAttribute("invited", form.getEmail().strip());
              return "/partnerships/" + partnershipId + "/members";
            });
  }

  @PostMapping("/partnerships/{partnershipId}/invitations/{invitationId}/resend")
  String resend(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID invitationId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              MembershipService.InvitationSent sent = members.resend(context, invitationId);
              redirect.addFlashAttribute("delivery", sent.delivery());
              redirect.addFlashAttribute("invitationLink", sent);
              redirect.addFlashAttribute("resent", true);
              return "/partnerships/" + partnershipId + "/members";
            });
  }

  @PostMapping("/partnerships/{partnershipId}/invitations/{invitationId}/withdraw")
  String withdraw(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID invitationId,
      RedirectAttributes redirect) {
    members.withdraw(context, invitationId);
    redirect.addFlashAttribute("withdrawn", true);
    return "redirect:/partnerships/" + partnershipId + "/members";
  }

  @GetMapping("/partnerships/{partnershipId}/members/{membershipId}/role")
  String roleForm(PartnershipContext context, @PathVariable UUID membershipId, Model model) {
    context.requireCoordinator();
    MemberDirectory.MemberView member = directory.describe(memberOrNotFound(context, membershipId));
    RoleForm form = new RoleForm();
    form.setRole(member.membership().role());
    return roleFormPage(context, member, form, model);
  }

  @PostMapping("/partnerships/{partnershipId}/members/{membershipId}/role")
  String changeRole(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID membershipId,
      @Valid @ModelAttribute("roleForm") RoleForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    context.requireCoordinator();
    MemberDirectory.MemberView member = directory.describe(memberOrNotFound(context, membershipId));
    if (!errors.hasErrors()) {
      try {
        members.changeRole(context, membershipId, form.getRole(), member.email());
        redirect.addFlashAttribute("roleChanged", member.name());
        return "redirect:/partnerships/" + partnershipId + "/members";
      } catch (Roster.LastCoordinatorException e) {
        errors.rejectValue("role", "members.error.lastCoordinator");
      }
    }
    return roleFormPage(context, member, form, model);
  }

  @GetMapping("/partnerships/{partnershipId}/members/{membershipId}/remove")
  String removeForm(PartnershipContext context, @PathVariable UUID membershipId, Model model) {
    context.requireCoordinator();
    model.addAttribute("context", context);
    model.addAttribute("member", directory.describe(memberOrNotFound(context, membershipId)));
    return "partnership/remove-member";
  }

  @PostMapping("/partnerships/{partnershipId}/members/{membershipId}/remove")
  String remove(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID membershipId,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    context.requireCoordinator();
    MemberDirectory.MemberView member = directory.describe(memberOrNotFound(context, membershipId));
    try {
      members.remove(context, membershipId, member.email());
    } catch (Roster.LastCoordinatorException e) {
      model.addAttribute("context", context);
      model.addAttribute("member", member);
      model.addAttribute("lastCoordinator", true);
      return "partnership/remove-member";
    }
    redirect.addFlashAttribute("removed", member.name());
    if (member.membership().accountId().equals(user.accountId())) {
      return "redirect:/partnerships";
    }
    return "redirect:/partnerships/" + partnershipId + "/members";
  }

  private Membership memberOrNotFound(PartnershipContext context, UUID membershipId) {
    try {
      return members.member(context, membershipId);
    } catch (Roster.MemberNotFoundException e) {
      throw new PartnershipNotFoundException();
    }
  }

  private String roleFormPage(
      PartnershipContext context, MemberDirectory.MemberView member, RoleForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("member", member);
    model.addAttribute("roleForm", form);
    model.addAttribute("roles", Role.values());
    return "partnership/change-role";
  }
}
