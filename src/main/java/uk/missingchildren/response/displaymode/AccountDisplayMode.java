package uk.missingchildren.response.displaymode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.SignInLandingHook;

/** Brings back the Low Vision Mode choice saved on an account, on any browser they sign in from. */
@Component
class AccountDisplayMode implements SignInLandingHook {

  @Override
  public void signedIn(Account account, HttpServletRequest request, HttpServletResponse response) {
    DisplayMode mode = account.lowVision() ? DisplayMode.LOW_VISION : DisplayMode.STANDARD;
    if (mode != DisplayModeCookie.read(request)) {
      response.addHeader(HttpHeaders.SET_COOKIE, DisplayModeCookie.write(mode, request.isSecure()).toString());
    }
  }
}
