package uk.missingchildren.response.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** Creating an account and confirming its email address. */
@Controller
class RegistrationController {

  static final String FORM = "registrationForm";

  private final AccountService accounts;
  private final PasswordPolicy passwords;
  private final FormSubmissions submissions;

  RegistrationController(
      AccountService accounts, PasswordPolicy passwords, FormSubmissions submissions) {
    this.submissions = submissions;
    this.accounts = accounts;
    this.passwords = passwords;
  }

  @GetMapping("/register")
  String form(Model model) {
    model.addAttribute(FORM, new RegistrationForm());
    return "account/register";
  }

  @PostMapping("/register")
  String register(
      @Valid @ModelAttribute(FORM) RegistrationForm form,
      BindingResult errors,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    passwords
        .problemWith(form.getPassword(), form.getEmail())
        .ifPresent(problem -> errors.rejectValue("password", problem));
    if (errors.hasErrors()) {
      return "account/register";
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              Delivery delivery = accounts.register(form);
              redirect.addFlashAttribute("email", Account.normalise(form.getEmail()));
              redirect.addFlashAttribute("delivery", delivery);
              return "/register/check-email";
            });
  }

  @GetMapping("/register/check-email")
  String checkEmail(Model model) {
    if (!model.containsAttribute("email")) {
      return "redirect:/register";
    }
    return "account/check-email";
  }

  @PostMapping("/register/resend")
  String resend(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
    if (!EmailAddresses.valid(email)) {
      return "redirect:/register";
    }
    Delivery delivery = accounts.resendVerification(email);
    redirect.addFlashAttribute("email", Account.normalise(email));
    redirect.addFlashAttribute("delivery", delivery);
    redirect.addFlashAttribute("resent", true);
    return "redirect:/register/check-email";
  }

  @GetMapping("/verify-email/{secret}")
  String verify(@PathVariable String secret, Model model) {
    return accounts
        .verifyEmail(secret)
        .map(
            account -> {
              model.addAttribute("account", account);
              return "account/email-confirmed";
            })
        .orElse("account/verification-link-expired");
  }
}
