package uk.missingchildren.response.displaymode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.AccountService;
import uk.missingchildren.response.account.SignInLandingHook;

/**
 * Joins up the Low Vision Mode choice of the browser and of the account when someone signs in. If
 * either has it on, it stays on and both remember it: signing in must never take away a display
 * someone needs. Turning it off is always an explicit choice, made with the switch.
 */
@Component
class AccountDisplayMode implements SignInLandingHook {

  private final AccountService accounts;

  AccountDisplayMode(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void signedIn(Account account, HttpServletRequest request, HttpServletResponse response) {
    boolean browserLowVision = DisplayModeCookie.read(request).isLowVision();
    if (account.lowVision() && !browserLowVision) {
      response.addHeader(
          HttpHeaders.SET_COOKIE,
          DisplayModeCookie.write(DisplayMode.LOW_VISION, request.isSecure()).toString());
    } else if (browserLowVision && !account.lowVision()) {
      accounts.rememberLowVision(account.id(), true);
    }
  }
}
