package uk.missingchildren.response.admin;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.AccountAdministration;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.notification.Outbox;
import uk.missingchildren.response.partnership.PartnershipDirectory;
import uk.missingchildren.response.partnership.PartnershipRetention;
import uk.missingchildren.response.secondfactor.SecondFactorService;

/** The site administrator's pages. They never show a partnership's assessments. */
@Controller
class AdminController {

  private final AccountAdministration accounts;
  private final PartnershipDirectory partnerships;
  private final PartnershipRetention retention;
  private final Outbox outbox;
  private final Mailer mailer;
  private final SecondFactorService secondFactors;

  AdminController(
      AccountAdministration accounts,
      PartnershipDirectory partnerships,
      PartnershipRetention retention,
      Outbox outbox,
      Mailer mailer,
      SecondFactorService secondFactors) {
    this.secondFactors = secondFactors;
    this.accounts = accounts;
    this.partnerships = partnerships;
    this.retention = retention;
    this.outbox = outbox;
    this.mailer = mailer;
  }

  @GetMapping("/admin")
  String overview(Model model) {
    model.addAttribute("accountCount", accounts.count());
    model.addAttribute("partnershipCount", partnerships.count());
    model.addAttribute("messageCount", outbox.count());
    model.addAttribute("smtpConfigured", mailer.smtpConfigured());
    return "admin/overview";
  }

  @GetMapping("/admin/accounts")
  String accounts(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("memberships", partnerships.membershipCounts());
    model.addAttribute("secondFactors", secondFactors.accountsUsingIt());
    return "admin/accounts";
  }

  @PostMapping("/admin/accounts/{accountId}/confirm-email")
  String confirmEmail(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    accounts.confirmEmail(accountId, admin);
    redirect.addFlashAttribute("confirmed", true);
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{accountId}/deactivate")
  String deactivate(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        accounts.deactivate(accountId, admin) ? "deactivated" : "cannotDeactivateSelf", true);
    return "redirect:/admin/accounts";
  }

  @PostMapping("/admin/accounts/{accountId}/reactivate")
  String reactivate(
      @PathVariable UUID accountId,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    accounts.reactivate(accountId, admin);
    redirect.addFlashAttribute("reactivated", true);
    return "redirect:/admin/accounts";
  }

  @GetMapping("/admin/partnerships")
  String partnerships(Model model) {
    model.addAttribute("partnerships", partnerships.all());
    model.addAttribute("deleted", retention.deleted());
    return "admin/partnerships";
  }

  @GetMapping("/admin/outbox")
  String outbox(Model model) {
    model.addAttribute("messages", outbox.latest());
    model.addAttribute("smtpConfigured", mailer.smtpConfigured());
    return "admin/outbox";
  }

  @GetMapping("/admin/outbox/{messageId}")
  String message(@PathVariable UUID messageId, Model model) {
    model.addAttribute(
        "message",
        outbox
            .message(messageId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "admin/message";
  }

  @PostMapping("/admin/partnerships/{id}/restore")
  String restore(
      @PathVariable("id") UUID partnershipId,
      @AuthenticationPrincipal SignedInUser admin,
      RedirectAttributes redirect) {
    retention.restore(partnershipId, new AuditEvent.Actor(admin.accountId(), admin.email()));
    redirect.addFlashAttribute("restored", true);
    return "redirect:/admin/partnerships";
  }
}
