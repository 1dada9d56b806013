package uk.missingchildren.response.sso;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** An organisation's account waiting for the password of the account with its address. */
record PendingLink(ProviderIdentity who, Instant until) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_KEY = "ssoPendingLink";
}
