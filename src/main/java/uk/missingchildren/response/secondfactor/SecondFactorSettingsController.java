package uk.missingchildren.response.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/** "Your account", second factor: set it up, use a different app, new recovery codes, turn off. */
@Controller
class SecondFactorSettingsController {

  static final String PAGE = "/account/second-factor";
  static final String SET_UP = PAGE + "/set-up";
  static final String CODES = PAGE + "/recovery-codes";
  static final String NEW_CODES = PAGE + "/new-recovery-codes";
  static final String REMOVE = PAGE + "/remove";

  private final SecondFactorService secondFactors;
  private final FormSubmissions submissions;

  SecondFactorSettingsController(SecondFactorService secondFactors, FormSubmissions submissions) {
    this.secondFactors = secondFactors;
    this.submissions = submissions;
  }

  @GetMapping(PAGE)
  String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("inUse", secondFactors.hasSecondFactor(user.accountId()));
    model.addAttribute("codesLeft", secondFactors.recoveryCodesLeft(user.accountId()));
    model.addAttribute("why", secondFactors.requirement(user.accountId(), user.administrator()));
    return "secondfactor/settings";
  }

  @GetMapping(SET_UP)
  String setUpForm(
      @AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
    model.addAttribute("codeForm", new CodeForm());
    return setUpPage(user, request, model);
  }

  @PostMapping(SET_UP)
  String setUp(
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request,
      Model model) {
    // Sent twice, the first has set the app up and used the code: show its recovery codes.
    var earlier = submissions.previousResult(request);
    if (earlier.isPresent()) {
      return "redirect:" + earlier.get();
    }
    if (!codeForm.rejectedAsNotACode(errors)) {
      var codes =
          secondFactors.confirm(
              user.accountId(), SetUpInProgress.secret(request), codeForm.getCode());
      if (codes.isPresent()) {
        SetUpInProgress.showCodes(request, codes.get());
        return "redirect:" + submissions.once(request, () -> CODES);
      }
      errors.rejectValue("code", "secondFactor.setUp.wrong");
    }
    return setUpPage(user, request, model);
  }

  @GetMapping(CODES)
  String codes(HttpServletRequest request, Model model) {
    var codes = SetUpInProgress.codesToShow(request);
    if (codes.isEmpty()) {
      return "redirect:" + PAGE;
    }
    model.addAttribute("codes", codes.get());
    model.addAttribute("continueTo", CODES);
    return "secondfactor/recovery-codes";
  }

  @PostMapping(CODES)
  String codesKept(HttpServletRequest request, RedirectAttributes redirect) {
    SetUpInProgress.codesKept(request);
    redirect.addFlashAttribute("changed", "secondFactor.banner.ready");
    return "redirect:" + PAGE;
  }

  @GetMapping(NEW_CODES)
  String newCodesForm(Model model) {
    model.addAttribute("codeForm", new CodeForm());
    return "secondfactor/new-recovery-codes";
  }

  @PostMapping(NEW_CODES)
  String newCodes(
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request) {
    var earlier = submissions.previousResult(request);
    if (earlier.isPresent()) {
      return "redirect:" + earlier.get();
    }
    if (codeForm.rejectedAsNotACode(errors)) {
      return "secondfactor/new-recovery-codes";
    }
    var codes =
        secondFactors.newRecoveryCodes(
            user.accountId(), codeForm.getCode(), request.getRemoteAddr());
    if (codes.isEmpty()) {
      errors.rejectValue("code", "secondFactor.code.wrongOrThrottled");
      return "secondfactor/new-recovery-codes";
    }
    SetUpInProgress.showCodes(request, codes.get());
    return "redirect:" + submissions.once(request, () -> CODES);
  }

  @GetMapping(REMOVE)
  String removeForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("codeForm", new CodeForm());
    return removePage(user, model);
  }

  @PostMapping(REMOVE)
  String remove(
      @AuthenticationPrincipal SignedInUser user,
      @ModelAttribute CodeForm codeForm,
      BindingResult errors,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (secondFactors.requirement(user.accountId(), user.administrator())
        != SecondFactorService.Requirement.NONE) {
      return removePage(user, model);
    }
    if (codeForm.getPassword() == null || codeForm.getPassword().isEmpty()) {
      errors.rejectValue("password", "secondFactor.remove.passwordMissing");
    }
    if (codeForm.rejectedAsNotACode(errors) || errors.hasErrors()) {
      return removePage(user, model);
    }
    boolean removed =
        secondFactors.remove(
            user.accountId(), codeForm.getPassword(), codeForm.getCode(), request.getRemoteAddr());
    if (!removed) {
      errors.reject("secondFactor.remove.refused");
      return removePage(user, model);
    }
    redirect.addFlashAttribute("changed", "secondFactor.banner.removed");
    return "redirect:" + PAGE;
  }

  private String setUpPage(SignedInUser user, HttpServletRequest request, Model model) {
    model.addAttribute(
        "setUp", AuthenticatorSetUp.of(SetUpInProgress.secret(request), user.email()));
    model.addAttribute("why", secondFactors.requirement(user.accountId(), user.administrator()));
    model.addAttribute("replacing", secondFactors.hasSecondFactor(user.accountId()));
    model.addAttribute("action", SET_UP);
    model.addAttribute("atSignIn", false);
    return "secondfactor/set-up";
  }

  private String removePage(SignedInUser user, Model model) {
    model.addAttribute("why", secondFactors.requirement(user.accountId(), user.administrator()));
    return "secondfactor/remove";
  }
}
