package uk.missingchildren.response.secondfactor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.PendingSignIn;
import uk.missingchildren.response.account.SignInHandlers;

/**
 * The second step of signing in with a password: a code from the app (or a recovery code), or
 * setting an app up for someone who must have one. Only reachable with a right password typed in
 * this browser in the last 10 minutes; otherwise back to the sign-in page.
 */
@Controller
class SecondFactorSignInController {

  private static final String SIGN_IN_AGAIN = "redirect:/sign-in?second-step-expired";

  private final SecondFactorService secondFactors;
  private final SignInHandlers signIns;

  SecondFactorSignInController(SecondFactorService secondFactors, SignInHandlers signIns) {
    this.secondFactors = secondFactors;
    this.signIns = signIns;
  }

  @GetMapping(SecondFactorStep.CODE)
  String codeForm(HttpServletRequest request, Model model) {
    if (signIns.pendingSignIn(request).isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    model.addAttribute("codeForm", new CodeForm());
    return "secondfactor/code";
  }

  @PostMapping(SecondFactorStep.CODE)
  String code(
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    Optional<PendingSignIn> pending = signIns.pendingSignIn(request);
    if (pending.isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    if (!codeForm.rejectedAsNotACode(errors)) {
      return finish(
          secondFactors.checkCode(pending.get().accountId(), codeForm.getCode(), address(request)),
          "secondFactor.code.wrong",
          "secondfactor/code",
          errors,
          request,
          response,
          pending.get());
    }
    return "secondfactor/code";
  }

  @GetMapping(SecondFactorStep.RECOVERY)
  String recoveryForm(HttpServletRequest request, Model model) {
    if (signIns.pendingSignIn(request).isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    model.addAttribute("codeForm", new CodeForm());
    return "secondfactor/recovery-code";
  }

  @PostMapping(SecondFactorStep.RECOVERY)
  String recovery(
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    Optional<PendingSignIn> pending = signIns.pendingSignIn(request);
    if (pending.isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    if (codeForm.codeMissing()) {
      errors.rejectValue("code", "secondFactor.recovery.missing");
      return "secondfactor/recovery-code";
    }
    return finish(
        secondFactors.useRecoveryCode(
            pending.get().accountId(), codeForm.getCode(), address(request)),
        "secondFactor.recovery.wrong",
        "secondfactor/recovery-code",
        errors,
        request,
        response,
        pending.get());
  }

  @GetMapping(SecondFactorStep.SET_UP)
  String setUpForm(HttpServletRequest request, Model model) {
    Optional<PendingSignIn> pending = signIns.pendingSignIn(request);
    if (pending.isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    model.addAttribute("codeForm", new CodeForm());
    return setUpPage(request, pending.get(), model);
  }

  @PostMapping(SecondFactorStep.SET_UP)
  String setUp(
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request,
      Model model) {
    Optional<PendingSignIn> pending = signIns.pendingSignIn(request);
    if (pending.isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    if (!codeForm.rejectedAsNotACode(errors)) {
      var codes =
          secondFactors.confirm(
              pending.get().accountId(), SetUpInProgress.secret(request), codeForm.getCode());
      if (codes.isPresent()) {
        SetUpInProgress.showCodes(request, codes.get());
        return "redirect:" + SecondFactorStep.SIGN_IN_RECOVERY_CODES;
      }
      errors.rejectValue("code", "secondFactor.setUp.wrong");
    }
    return setUpPage(request, pending.get(), model);
  }

  @GetMapping(SecondFactorStep.SIGN_IN_RECOVERY_CODES)
  String codesAtSignIn(HttpServletRequest request, Model model) {
    if (signIns.pendingSignIn(request).isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    var codes = SetUpInProgress.codesToShow(request);
    if (codes.isEmpty()) {
      return "redirect:" + SecondFactorStep.CODE;
    }
    model.addAttribute("codes", codes.get());
    model.addAttribute("continueTo", SecondFactorStep.SIGN_IN_RECOVERY_CODES);
    return "secondfactor/recovery-codes";
  }

  @PostMapping(SecondFactorStep.SIGN_IN_RECOVERY_CODES)
  String codesKeptAtSignIn(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<PendingSignIn> pending = signIns.pendingSignIn(request);
    if (pending.isEmpty()) {
      return SIGN_IN_AGAIN;
    }
    SetUpInProgress.codesKept(request);
    signIns.completeSignIn(request, response, pending.get().accountId(), "password and app set up");
    return null;
  }

  private String setUpPage(HttpServletRequest request, PendingSignIn pending, Model model) {
    model.addAttribute(
        "setUp", AuthenticatorSetUp.of(SetUpInProgress.secret(request), pending.email()));
    model.addAttribute(
        "why", secondFactors.requirement(pending.accountId(), pending.administrator()));
    model.addAttribute("action", SecondFactorStep.SET_UP);
    model.addAttribute("atSignIn", true);
    return "secondfactor/set-up";
  }

  /** Signs in, shows the error, or, after too many wrong codes, starts the sign-in again. */
  private String finish(
      SecondFactorService.Check check,
      String wrongMessage,
      String page,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response,
      PendingSignIn pending)
      throws IOException, ServletException {
    switch (check) {
      case ACCEPTED -> {
        signIns.completeSignIn(
            request, response, pending.accountId(), "password and second factor");
        return null;
      }
      case THROTTLED -> {
        signIns.abandonSignIn(request);
        return "redirect:/sign-in?codes-throttled";
      }
      default -> {
        errors.rejectValue("code", wrongMessage);
        return page;
      }
    }
  }

  private static String address(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
