package uk.missingchildren.response.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Someone deletes their own account, after entering their password. */
@Controller
class DeleteAccountController {

  private final AccountDeletion deletion;

  DeleteAccountController(AccountDeletion deletion) {
    this.deletion = deletion;
  }

  @GetMapping("/account/delete")
  String confirm(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("deleteAccountForm", new DeleteAccountForm());
    return page(user, model);
  }

  @PostMapping("/account/delete")
  String delete(
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("deleteAccountForm") DeleteAccountForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    boolean hasPassword = deletion.hasPassword(user.accountId());
    if (!errors.hasErrors() && (form.getPassword() == null || form.getPassword().isBlank())) {
      errors.rejectValue(
          "password",
          hasPassword
              ? "deleteAccount.error.passwordMissing"
              : "deleteAccount.error.addressMissing");
    }
    if (errors.hasErrors() || deletion.blocker(user.accountId()).isPresent()) {
      return page(user, model);
    }
    if (!deletion.delete(user.accountId(), form.getPassword())) {
      errors.rejectValue(
          "password",
          hasPassword ? "deleteAccount.error.passwordWrong" : "deleteAccount.error.addressWrong");
      return page(user, model);
    }
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/sign-in?account-deleted";
  }

  private String page(SignedInUser user, Model model) {
    deletion.blocker(user.accountId()).ifPresent(blocker -> model.addAttribute("blocker", blocker));
    model.addAttribute("hasPassword", deletion.hasPassword(user.accountId()));
    return "account/delete";
  }
}
