package uk.missingchildren.response.sso;

import java.io.Serial;
import java.io.Serializable;

/**
 * Why signing in with a provider did not work, for the page that explains it: "unavailable",
 * "email_not_verified", "domain_not_allowed", "no_email", "cancelled", "deactivated" or "failed".
 */
record SsoProblem(String registrationId, String reason, String email) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_KEY = "ssoProblem";

  /** The part of the address after the @, for "addresses ending @gmail.com". */
  public String domain() {
    return email == null || !email.contains("@") ? "" : email.substring(email.indexOf('@') + 1);
  }

  public String reason() {
    return reason;
  }
}
