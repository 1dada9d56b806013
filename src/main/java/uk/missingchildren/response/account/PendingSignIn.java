package uk.missingchildren.response.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone whose password was right but who is not signed in yet: they have a second step to take.
 * Kept in their session for a few minutes only, so a password left typed on a shared screen does
 * not keep the door half open.
 */
public record PendingSignIn(UUID accountId, String email, boolean administrator, Instant until)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_KEY = "pendingSignIn";

  public boolean expired(Instant now) {
    return !now.isBefore(until);
  }
}
