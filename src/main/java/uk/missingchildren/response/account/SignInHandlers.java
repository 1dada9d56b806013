package uk.missingchildren.response.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * What happens after a sign-in attempt: on failure, back to the sign-in page with a specific
 * message and the email address kept; on success, to the page they wanted or else their partnership
 * (or the list of them), with their Low Vision Mode choice applied.
 */
@Component
public class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
    implements AuthenticationFailureHandler {

  static final String ERROR_FLASH = "signInError";
  static final String EMAIL_FLASH = "signInEmail";

  private final Accounts accounts;
  private final SignInLandingHook landing;
  private final FlashMapManager flashes;

  SignInHandlers(Accounts accounts, SignInLandingHook landing, FlashMapManager flashes) {
    this.accounts = accounts;
    this.landing = landing;
    this.flashes = flashes;
    // The partnership feature sends someone with one partnership straight to it, the others to
    // their list; accounts cannot depend on partnerships, so this is an address, not a call.
    setDefaultTargetUrl("/partnerships/after-sign-in");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    SignedInUser user = (SignedInUser) authentication.getPrincipal();
    accounts
        .findById(user.accountId())
        .ifPresent(account -> landing.signedIn(account, request, response));
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String email = request.getParameter("email");
    String password = request.getParameter("password");
    FlashMap flash = new FlashMap();
    flash.put(ERROR_FLASH, errorKey(email, password, exception));
    flash.put(EMAIL_FLASH, email == null ? "" : email.strip());
    flash.setTargetRequestPath("/sign-in");
    flashes.saveOutputFlashMap(flash, request, response);
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }

  private static String errorKey(String email, String password, AuthenticationException exception) {
    if (email == null || email.isBlank()) {
      return "signIn.error.emailMissing";
    }
    if (password == null || password.isEmpty()) {
      return "signIn.error.passwordMissing";
    }
    if (exception instanceof SignInThrottledException) {
      return "signIn.error.throttled";
    }
    if (exception instanceof LockedException) {
      return "signIn.error.deactivated";
    }
    if (exception instanceof DisabledException) {
      return "signIn.error.unverified";
    }
    return "signIn.error.incorrect";
  }
}
