package uk.missingchildren.response.sso;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisations' sign-in services people may use, from SSO_* (and SSO_2_*) variables. A
 * provider without an issuer is not configured and is left out.
 */
@ConfigurationProperties("app.sso")
record SsoProperties(List<Provider> providers) {

  SsoProperties {
    providers =
        providers == null
            ? List.of()
            : providers.stream().filter(p -> p != null && p.configured()).toList();
  }

  /**
   * One provider. {@code allowedEmailDomains} is a comma-separated list, such as
   * "northshire.gov.uk, northshire.police.uk"; empty allows any address the provider verified.
   */
  record Provider(
      String id,
      String issuerUri,
      String clientId,
      String clientSecret,
      String buttonLabel,
      String allowedEmailDomains) {

    boolean configured() {
      return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
    }

    List<String> allowedDomains() {
      return allowedEmailDomains == null
          ? List.of()
          : Arrays.stream(allowedEmailDomains.split(","))
              .map(domain -> domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", ""))
              .filter(domain -> !domain.isEmpty())
              .toList();
    }

    /** Whether an address may sign in: its domain is one of those allowed, or any is. */
    boolean allows(String email) {
      List<String> allowed = allowedDomains();
      String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      return allowed.isEmpty() || allowed.contains(domain);
    }
  }
}
