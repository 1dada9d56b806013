package uk.missingchildren.response.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings. {@code adminEmail}: the account registered with this address becomes the site
 * administrator once its email is confirmed (environment variable {@code ADMIN_EMAIL}).
 */
@ConfigurationProperties("app.accounts")
public record AccountProperties(
    String adminEmail,
    @DefaultValue("24h") Duration verificationLinkLifetime,
    @DefaultValue("1h") Duration passwordResetLinkLifetime) {

  boolean isAdministrator(String email) {
    return adminEmail != null
        && !adminEmail.isBlank()
        && Account.normalise(adminEmail).equals(Account.normalise(email));
  }
}
