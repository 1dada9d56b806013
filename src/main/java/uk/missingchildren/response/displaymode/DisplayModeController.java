package uk.missingchildren.response.displaymode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import uk.missingchildren.response.account.AccountService;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.web.LocalRedirects;

/** Switches Low Vision Mode on or off and returns the user to the page they were on. */
@Controller
class DisplayModeController {

  static final String CHANGED_FLASH = "displayModeChanged";

  private final AccountService accounts;

  DisplayModeController(AccountService accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/display-mode")
  RedirectView change(
      @RequestParam(name = "mode", defaultValue = "standard") String mode,
      @RequestParam(name = "returnTo", defaultValue = "/") String returnTo,
      @AuthenticationPrincipal SignedInUser user,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DisplayMode chosen = DisplayMode.fromValue(mode);
    response.addHeader(
        HttpHeaders.SET_COOKIE, DisplayModeCookie.write(chosen, request.isSecure()).toString());
    if (user != null) {
      // Signed in: remember the choice on the account too, for their other browsers.
      accounts.rememberLowVision(user.accountId(), chosen.isLowVision());
    }
    redirect.addFlashAttribute(CHANGED_FLASH, chosen);
    RedirectView back = new RedirectView(LocalRedirects.localPathOrHome(returnTo), true);
    // The path comes from the user: braces in it are text, not URI template variables.
    back.setExpandUriTemplateVariables(false);
    return back;
  }
}
