package uk.missingchildren.response.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;

/** A signed-in person changing their own details, password or email address. */
@Service
public class AccountSettingsService {

  /** Why a change was refused, as a message key for the field concerned. */
  public record Refusal(String field, String messageKey) {}

  /** Either a refusal, or how the confirmation email went. */
  public record EmailChange(Refusal refusal, Delivery delivery) {}

  private final Accounts accounts;
  private final AccountTokens tokens;
  private final PasswordEncoder encoder;
  private final PasswordPolicy passwords;
  private final Mailer mailer;
  private final EmailComposer emails;
  private final AccountProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  AccountSettingsService(
      Accounts accounts,
      AccountTokens tokens,
      PasswordEncoder encoder,
      PasswordPolicy passwords,
      Mailer mailer,
      EmailComposer emails,
      AccountProperties properties,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.encoder = encoder;
    this.passwords = passwords;
    this.mailer = mailer;
    this.emails = emails;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Account account(UUID accountId) {
    return accounts.findById(accountId).orElseThrow();
  }

  @Transactional
  public void updateDetails(UUID accountId, DetailsForm form) {
    Account account = account(accountId);
    account.updateProfile(form.getDisplayName(), form.getAgency(), form.getJobTitle());
    audit.record(AccountService.actor(account), "DETAILS_CHANGED", account.email(), null);
  }

  @Transactional
  public Optional<Refusal> changePassword(UUID accountId, ChangePasswordForm form) {
    Account account = account(accountId);
    if (!encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
      return Optional.of(new Refusal("currentPassword", "changePassword.error.currentWrong"));
    }
    Optional<String> problem = passwords.problemWith(form.getNewPassword(), account.email());
    if (problem.isPresent()) {
      return Optional.of(new Refusal("newPassword", problem.get()));
    }
    account.changePassword(encoder.encode(form.getNewPassword()));
    audit.record(AccountService.actor(account), "PASSWORD_CHANGED", account.email(), null);
    mailer.send(emails.compose(account.email(), "passwordChanged", "/sign-in"));
    return Optional.empty();
  }

  /** Emails a confirmation link to the new address; the change happens when it is followed. */
  @Transactional
  public EmailChange requestEmailChange(UUID accountId, ChangeEmailForm form) {
    Account account = account(accountId);
    if (!encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
      return new EmailChange(
          new Refusal("currentPassword", "changePassword.error.currentWrong"), null);
    }
    String newEmail = Account.normalise(form.getNewEmail());
    if (newEmail.equals(account.email())) {
      return new EmailChange(new Refusal("newEmail", "changeEmail.error.same"), null);
    }
    Instant now = clock.instant();
    tokens
        .findByAccountIdAndPurposeAndUsedAtIsNull(accountId, AccountToken.Purpose.CHANGE_EMAIL)
        .forEach(old -> old.use(now));
    String secret = SecretTokens.newSecret();
    tokens.save(
        new AccountToken(
            accountId,
            AccountToken.Purpose.CHANGE_EMAIL,
            SecretTokens.hash(secret),
            newEmail,
            now,
            now.plus(properties.verificationLinkLifetime())));
    audit.record(
        AccountService.actor(account), "EMAIL_CHANGE_REQUESTED", account.email(), "to " + newEmail);
    // An address already in use gets no link, but the person sees the same page either way.
    Delivery delivery =
        accounts.findByEmail(newEmail).isPresent()
            ? mailer.send(emails.compose(newEmail, "alreadyRegistered", "/sign-in"))
            : mailer.send(
                emails.compose(
                    newEmail,
                    "changeEmail",
                    "/account/email/confirm/" + secret,
                    account.displayName()));
    return new EmailChange(null, delivery);
  }

  /**
   * Switches to the new address if the link is valid, the right person follows it, and it is free.
   */
  @Transactional
  public boolean confirmEmailChange(UUID accountId, String secret) {
    Instant now = clock.instant();
    Optional<AccountToken> token =
        tokens
            .findByTokenHash(SecretTokens.hash(secret))
            .filter(t -> t.purpose() == AccountToken.Purpose.CHANGE_EMAIL)
            .filter(t -> t.usableAt(now))
            .filter(t -> t.accountId().equals(accountId));
    if (token.isEmpty() || accounts.findByEmail(token.get().newEmail()).isPresent()) {
      return false;
    }
    token.get().use(now);
    Account account = account(accountId);
    String oldEmail = account.email();
    account.changeEmail(token.get().newEmail(), now);
    audit.record(AccountService.actor(account), "EMAIL_CHANGED", oldEmail, "to " + account.email());
    mailer.send(emails.compose(oldEmail, "emailChanged", null, account.email()));
    return true;
  }
}
