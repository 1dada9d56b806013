package uk.missingchildren.response.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.missingchildren.response.audit.AuditLog;

/** Checks the throttle before a password, and records every failed sign-in. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final AuditLog audit;

  ThrottledAuthenticationProvider(
      AuthenticationProvider passwords, SignInThrottle throttle, AuditLog audit) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String email = Account.normalise(attempt.getName());
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : "unknown";
    if (throttle.blocked(email, address)) {
      audit.record(null, "SIGN_IN_THROTTLED", email, null);
      throw new SignInThrottledException();
    }
    try {
      Authentication result = passwords.authenticate(attempt);
      throttle.succeeded(email);
      // SIGNED_IN is recorded once any second step is taken too (SignInHandlers).
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(email, address);
      audit.record(null, "SIGN_IN_FAILED", email, null);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
