package uk.missingchildren.response.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Failures are counted in the database, so the limits hold across
 * every instance of the service. The same limit applies whether or not the email address has an
 * account, so the throttle never reveals who is registered.
 */
@Service
public class SignInThrottle {

  private final SignInFailures failures;
  private final SignInProperties properties;
  private final Clock clock;

  SignInThrottle(SignInFailures failures, SignInProperties properties, Clock clock) {
    this.failures = failures;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean blocked(String email, String address) {
    Instant since = clock.instant().minus(properties.window());
    return failures.countSince(accountKey(email), since) >= properties.maxFailuresPerAccount()
        || failures.countSince(addressKey(address), since) >= properties.maxFailuresPerAddress();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String email, String address) {
    Instant now = clock.instant();
    failures.save(new SignInFailure(accountKey(email), now));
    failures.save(new SignInFailure(addressKey(address), now));
    failures.deleteOlderThan(now.minus(properties.window().multipliedBy(4)));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String email) {
    failures.deleteByThrottleKey(accountKey(email));
  }

  /** Forgets the failures counted against an address whose account is being deleted. */
  @Transactional
  public void forget(String email) {
    failures.deleteByThrottleKey(accountKey(email));
  }

  /**
   * Keys are digests, so an email address of any length (the sign-in form does not limit it) fits
   * the column and is counted, and the table holds no addresses.
   */
  private static String accountKey(String email) {
    return "account:" + PasswordHashing.digest(Account.normalise(email == null ? "" : email));
  }

  private static String addressKey(String address) {
    return "address:" + PasswordHashing.digest(address == null ? "unknown" : address);
  }
}
