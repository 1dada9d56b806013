package uk.missingchildren.response.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;

/** Creating accounts, confirming email addresses and resetting forgotten passwords. */
@Service
public class AccountService {

  private final Accounts accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder encoder;
  private final Mailer mailer;
  private final EmailComposer emails;
  private final AccountProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  AccountService(
      Accounts accounts,
      AccountTokens tokens,
      PasswordEncoder encoder,
      Mailer mailer,
      EmailComposer emails,
      AccountProperties properties,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.encoder = encoder;
    this.mailer = mailer;
    this.emails = emails;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates an unconfirmed account and emails a confirmation link. If the address already has an
   * account, its owner is told by email instead, and the person registering sees the same page
   * either way, so registration cannot be used to find out who has an account.
   */
  @Transactional
  public Delivery register(RegistrationForm form) {
    String email = Account.normalise(form.getEmail());
    Optional<Account> existing = accounts.findByEmail(email);
    // Hashed either way: hashing takes most of the time, and an answer that came back faster for a
    // registered address would tell anyone who has an account.
    String hash = encoder.encode(form.getPassword());
    if (existing.isPresent()) {
      return mailer.send(emails.compose(email, "alreadyRegistered", "/sign-in"));
    }
    Account account =
        accounts.save(new Account(email, hash, form.getDisplayName(), clock.instant()));
    audit.record(actor(account), "ACCOUNT_CREATED", email, null);
    return sendVerification(account);
  }

  /**
   * Creates an account whose address nobody can read, such as the demonstration account, so it is
   * taken as confirmed instead of sent a link; {@code why} goes in the audit log. The caller checks
   * the form as the registration page does.
   *
   * @throws IllegalStateException if the address already has an account
   */
  @Transactional
  public Account registerConfirmed(RegistrationForm form, String why) {
    String email = Account.normalise(form.getEmail());
    if (accounts.findByEmail(email).isPresent()) {
      throw new IllegalStateException("There is already an account for " + email);
    }
    Account account =
        new Account(
            email, encoder.encode(form.getPassword()), form.getDisplayName(), clock.instant());
    account.verifyEmail(clock.instant());
    accounts.save(account);
    audit.record(actor(account), "ACCOUNT_CREATED", email, why);
    audit.record(actor(account), "EMAIL_CONFIRMED", email, why);
    return account;
  }

  /** Sends a fresh confirmation link to an unconfirmed account, if there is one. */
  @Transactional
  public Delivery resendVerification(String email) {
    return accounts
        .findByEmail(Account.normalise(email))
        .filter(account -> !account.emailVerified())
        .map(this::sendVerification)
        .orElse(mailer.smtpConfigured() ? Delivery.SENT : Delivery.QUEUED);
  }

  /** Confirms the address the link was sent to; the link works once, within its lifetime. */
  @Transactional
  public Optional<Account> verifyEmail(String secret) {
    Instant now = clock.instant();
    return usableToken(secret, AccountToken.Purpose.VERIFY_EMAIL)
        .flatMap(
            token -> {
              token.use(now);
              return accounts.findById(token.accountId());
            })
        .map(
            account -> {
              account.verifyEmail(now);
              if (properties.isAdministrator(account.email()) && !account.administrator()) {
                account.makeAdministrator();
                audit.record(
                    actor(account), "ADMINISTRATOR_GRANTED", account.email(), "from configuration");
              }
              audit.record(actor(account), "EMAIL_CONFIRMED", account.email(), null);
              return account;
            });
  }

  /** Emails a reset link if the address has an account; otherwise does nothing visible. */
  @Transactional
  public Delivery requestPasswordReset(String email) {
    Optional<Account> account = accounts.findByEmail(Account.normalise(email));
    if (account.isEmpty()) {
      return mailer.smtpConfigured() ? Delivery.SENT : Delivery.QUEUED;
    }
    String secret =
        issueToken(
            account.get(),
            AccountToken.Purpose.RESET_PASSWORD,
            properties.passwordResetLinkLifetime());
    audit.record(actor(account.get()), "PASSWORD_RESET_REQUESTED", account.get().email(), null);
    return mailer.send(
        emails.compose(
            account.get().email(),
            "passwordReset",
            "/reset-password/" + secret,
            properties.passwordResetLinkLifetime().toMinutes()));
  }

  @Transactional(readOnly = true)
  public boolean passwordResetLinkUsable(String secret) {
    return usableToken(secret, AccountToken.Purpose.RESET_PASSWORD).isPresent();
  }

  /** Sets a new password through a reset link, which then stops working. */
  @Transactional
  public Optional<Account> resetPassword(String secret, String newPassword) {
    Instant now = clock.instant();
    return usableToken(secret, AccountToken.Purpose.RESET_PASSWORD)
        .flatMap(
            token -> {
              token.use(now);
              return accounts.findById(token.accountId());
            })
        .map(
            account -> {
              account.changePassword(encoder.encode(newPassword));
              // Following a link from the inbox proves the address too.
              account.verifyEmail(now);
              audit.record(actor(account), "PASSWORD_RESET", account.email(), null);
              return account;
            });
  }

  @Transactional
  public void rememberLowVision(UUID accountId, boolean on) {
    accounts.findById(accountId).ifPresent(account -> account.rememberLowVision(on));
  }

  private Delivery sendVerification(Account account) {
    String secret =
        issueToken(
            account, AccountToken.Purpose.VERIFY_EMAIL, properties.verificationLinkLifetime());
    return mailer.send(
        emails.compose(
            account.email(),
            "verifyEmail",
            "/verify-email/" + secret,
            account.displayName(),
            properties.verificationLinkLifetime().toHours()));
  }

  private String issueToken(Account account, AccountToken.Purpose purpose, Duration lifetime) {
    Instant now = clock.instant();
    // Only the newest link of each kind works.
    tokens
        .findByAccountIdAndPurposeAndUsedAtIsNull(account.id(), purpose)
        .forEach(old -> old.use(now));
    String secret = SecretTokens.newSecret();
    tokens.save(
        new AccountToken(
            account.id(), purpose, SecretTokens.hash(secret), null, now, now.plus(lifetime)));
    return secret;
  }

  private Optional<AccountToken> usableToken(String secret, AccountToken.Purpose purpose) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return tokens
        .findByTokenHash(SecretTokens.hash(secret))
        .filter(token -> token.purpose() == purpose)
        .filter(token -> token.usableAt(clock.instant()));
  }

  static AuditEvent.Actor actor(Account account) {
    return new AuditEvent.Actor(account.id(), account.email());
  }
}
