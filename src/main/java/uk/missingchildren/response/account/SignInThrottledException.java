package uk.missingchildren.response.account;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this email address or from this network address. */
class SignInThrottledException extends AuthenticationException {

  SignInThrottledException() {
    super("Too many failed sign-in attempts");
  }
}
