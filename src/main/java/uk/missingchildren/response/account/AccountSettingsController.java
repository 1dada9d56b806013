package uk.missingchildren.response.account;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.notification.Delivery;

/** "Your account": details, password and email address. */
@Controller
class AccountSettingsController {

  private final AccountSettingsService settings;
  private final SecondStep secondStep;

  AccountSettingsController(AccountSettingsService settings, SecondStep secondStep) {
    this.settings = settings;
    this.secondStep = secondStep;
  }

  @GetMapping("/account")
  String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("account", settings.account(user.accountId()));
    model.addAttribute("secondFactorInUse", secondStep.inUse(user.accountId()));
    return "account/settings";
  }

  @GetMapping("/account/details")
  String detailsForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("detailsForm", DetailsForm.of(settings.account(user.accountId())));
    model.addAttribute("agencies", Agency.values());
    return "account/details";
  }

  @PostMapping("/account/details")
  String saveDetails(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("detailsForm") DetailsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      model.addAttribute("agencies", Agency.values());
      return "account/details";
    }
    settings.updateDetails(user.accountId(), form);
    redirect.addFlashAttribute("changed", "account.banner.details");
    return "redirect:/account";
  }

  @GetMapping("/account/password")
  String passwordForm(Model model) {
    model.addAttribute("changePasswordForm", new ChangePasswordForm());
    return "account/change-password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("changePasswordForm") ChangePasswordForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      var refusal = settings.changePassword(user.accountId(), form);
      if (refusal.isEmpty()) {
        redirect.addFlashAttribute("changed", "account.banner.password");
        return "redirect:/account";
      }
      errors.rejectValue(refusal.get().field(), refusal.get().messageKey());
    }
    return "account/change-password";
  }

  @GetMapping("/account/email")
  String emailForm(Model model) {
    model.addAttribute("changeEmailForm", new ChangeEmailForm());
    return "account/change-email";
  }

  @PostMapping("/account/email")
  String requestEmailChange(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("changeEmailForm") ChangeEmailForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      var outcome = settings.requestEmailChange(user.accountId(), form);
      if (outcome.refusal() == null) {
        redirect.addFlashAttribute(
            "changed",
            outcome.delivery() == Delivery.SENT
                ? "account.banner.emailSent"
                : "account.banner.emailWritten");
        redirect.addFlashAttribute("delivery", outcome.delivery());
        redirect.addFlashAttribute("newEmail", Account.normalise(form.getNewEmail()));
        return "redirect:/account";
      }
      errors.rejectValue(outcome.refusal().field(), outcome.refusal().messageKey());
    }
    return "account/change-email";
  }

  @GetMapping("/account/email/confirm/{secret}")
  String confirmEmailChange(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable String secret,
      RedirectAttributes redirect) {
    if (!settings.confirmEmailChange(user.accountId(), secret)) {
      return "account/email-change-failed";
    }
    redirect.addFlashAttribute("changed", "account.banner.emailChanged");
    return "redirect:/account";
  }
}
