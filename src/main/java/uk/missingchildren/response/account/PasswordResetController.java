package uk.missingchildren.response.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten passwords: ask for a link, then choose a new password through it. */
@Controller
class PasswordResetController {

  private final AccountService accounts;
  private final PasswordPolicy passwords;

  PasswordResetController(AccountService accounts, PasswordPolicy passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  @GetMapping("/forgotten-password")
  String form(Model model) {
    model.addAttribute("forgottenPasswordForm", new ForgottenPasswordForm());
    return "account/forgotten-password";
  }

  @PostMapping("/forgotten-password")
  String request(
      @Valid @ModelAttribute("forgottenPasswordForm") ForgottenPasswordForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return "account/forgotten-password";
    }
    redirect.addFlashAttribute("delivery", accounts.requestPasswordReset(form.getEmail()));
    redirect.addFlashAttribute("email", Account.normalise(form.getEmail()));
    return "redirect:/forgotten-password/check-email";
  }

  @GetMapping("/forgotten-password/check-email")
  String checkEmail(Model model) {
    return model.containsAttribute("email")
        ? "account/reset-check-email"
        : "redirect:/forgotten-password";
  }

  @GetMapping("/reset-password/{secret}")
  String chooseNewPassword(@PathVariable String secret, Model model) {
    if (!accounts.passwordResetLinkUsable(secret)) {
      return "account/reset-link-expired";
    }
    model.addAttribute("passwordResetForm", new PasswordResetForm());
    model.addAttribute("secret", secret);
    return "account/reset-password";
  }

  @PostMapping("/reset-password/{secret}")
  String reset(
      @PathVariable String secret,
      @ModelAttribute("passwordResetForm") PasswordResetForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("secret", secret);
    if (!accounts.passwordResetLinkUsable(secret)) {
      return "account/reset-link-expired";
    }
    passwords
        .problemWith(form.getPassword(), null)
        .ifPresent(problem -> errors.rejectValue("password", problem));
    if (errors.hasErrors()) {
      return "account/reset-password";
    }
    accounts.resetPassword(secret, form.getPassword());
    redirect.addFlashAttribute("passwordReset", true);
    return "redirect:/sign-in";
  }
}
