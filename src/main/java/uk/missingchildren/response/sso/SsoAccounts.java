package uk.missingchildren.response.sso;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SignInThrottle;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Which of our accounts an organisation's account signs in as. The first time: a new account from
 * the verified address, or, where a password account already has that address, nothing until its
 * password is given once, so that whoever controls an address at a provider cannot take over an
 * account someone made here.
 */
@Service
class SsoAccounts {

  /** What signing in with the provider leads to. */
  sealed interface Outcome {
    record SignIn(UUID accountId) implements Outcome {}

    record PasswordFirst(UUID accountId) implements Outcome {}

    record Deactivated() implements Outcome {}
  }

  private final SsoIdentities identities;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final SignInThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;

  SsoAccounts(
      SsoIdentities identities,
      Accounts accounts,
      PasswordEncoder passwords,
      SignInThrottle throttle,
      AuditLog audit,
      Clock clock) {
    this.identities = identities;
    this.accounts = accounts;
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  @CheckedWithoutContext("the person's own account, as their provider has just vouched for them")
  @Transactional
  public Outcome signIn(ProviderIdentity who) {
    Optional<Account> linked =
        identities
            .findById(new SsoIdentity.Key(who.issuer(), who.subject()))
            .flatMap(identity -> accounts.findById(identity.accountId()));
    if (linked.isPresent()) {
      return linked.get().active()
          ? new Outcome.SignIn(linked.get().id())
          : new Outcome.Deactivated();
    }
    Optional<Account> sameAddress = accounts.findByEmail(who.email());
    if (sameAddress.isPresent()) {
      Account account = sameAddress.get();
      if (!account.active()) {
        return new Outcome.Deactivated();
      }
      if (account.passwordHash() != null) {
        return new Outcome.PasswordFirst(account.id());
      }
      // Made by another provider with the same verified address: no password to prove.
      link(account, who);
      return new Outcome.SignIn(account.id());
    }
    Account created = new Account(who.email(), null, displayName(who), clock.instant());
    created.verifyEmail(clock.instant());
    accounts.save(created);
    audit.record(
        new AuditEvent.Actor(created.id(), created.email()),
        "ACCOUNT_CREATED_BY_SSO",
        created.email(),
        who.issuer());
    identities.save(new SsoIdentity(who.issuer(), who.subject(), created.id(), clock.instant()));
    return new Outcome.SignIn(created.id());
  }

  /**
   * Links the organisation's account to the password account with its address once the password is
   * right; false (and counted like a wrong password at sign-in) when it is not.
   */
  @CheckedWithoutContext("the person proves the account is theirs with its password")
  @Transactional
  public boolean linkWithPassword(ProviderIdentity who, String password, String address) {
    if (throttle.blocked(who.email(), address)) {
      return false;
    }
    Account account = accounts.findByEmail(who.email()).orElseThrow();
    boolean right =
        password != null
            && account.passwordHash() != null
            && passwords.matches(password, account.passwordHash());
    if (!right) {
      throttle.failed(who.email(), address);
      audit.record(null, "SSO_LINK_REFUSED", who.email(), "wrong password");
      return false;
    }
    throttle.succeeded(who.email());
    // The provider has verified the address, so an account never confirmed is confirmed now.
    account.verifyEmail(clock.instant());
    link(account, who);
    return true;
  }

  @CheckedWithoutContext("the person's own account, just linked")
  @Transactional(readOnly = true)
  public UUID accountIdOf(String email) {
    return accounts.findByEmail(email).orElseThrow().id();
  }

  @CheckedWithoutContext("the person's own account")
  @Transactional(readOnly = true)
  public boolean throttled(String email, String address) {
    return throttle.blocked(email, address);
  }

  private void link(Account account, ProviderIdentity who) {
    identities.save(new SsoIdentity(who.issuer(), who.subject(), account.id(), clock.instant()));
    audit.record(
        new AuditEvent.Actor(account.id(), account.email()),
        "SSO_LINKED",
        account.email(),
        who.issuer());
  }

  private static String displayName(ProviderIdentity who) {
    String name = who.name() == null ? "" : who.name().strip();
    if (name.isEmpty()) {
      name = who.email().substring(0, who.email().indexOf('@'));
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
