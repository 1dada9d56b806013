package uk.missingchildren.response.sso;

import java.io.Serial;
import java.io.Serializable;

/** Who the provider says signed in: enough to find, make or link their account. */
record ProviderIdentity(
    String registrationId, String issuer, String subject, String email, String name)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
