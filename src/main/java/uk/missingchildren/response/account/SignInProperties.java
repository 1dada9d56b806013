package uk.missingchildren.response.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling. After {@code maxFailuresPerAccount} failures for one email address, or {@code
 * maxFailuresPerAddress} from one network address, within {@code window}, further attempts are
 * refused until the window has passed. The address limit is higher because a whole organisation can
 * share one address.
 */
@ConfigurationProperties("app.sign-in")
public record SignInProperties(
    @DefaultValue("5") int maxFailuresPerAccount,
    @DefaultValue("50") int maxFailuresPerAddress,
    @DefaultValue("15m") Duration window) {}
