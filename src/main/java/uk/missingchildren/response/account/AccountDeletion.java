package uk.missingchildren.response.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.OutboxRetention;

/**
 * Someone deletes their own account (UK GDPR, right to erasure): their address, name, password and
 * sessions go; the answers, ratings and actions they contributed stay with their partnerships,
 * attributed to "a former member".
 */
@Service
public class AccountDeletion {

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final List<PersonalDataHolder> holders;
  private final AuditLog audit;
  private final OutboxRetention outbox;
  private final SignInThrottle throttle;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final TransactionTemplate transactions;
  private final MessageSource messages;

  AccountDeletion(
      Accounts accounts,
      PasswordEncoder encoder,
      List<PersonalDataHolder> holders,
      AuditLog audit,
      OutboxRetention outbox,
      SignInThrottle throttle,
      FindByIndexNameSessionRepository<? extends Session> sessions,
      TransactionTemplate transactions,
      MessageSource messages) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.holders = holders;
    this.audit = audit;
    this.outbox = outbox;
    this.throttle = throttle;
    this.sessions = sessions;
    this.transactions = transactions;
    this.messages = messages;
  }

  /** Why the account cannot be deleted yet, if anything holds it up. */
  public Optional<PersonalDataHolder.DeletionBlocker> blocker(UUID accountId) {
    return holders.stream()
        .map(holder -> holder.blocker(accountId))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Whether the account has a password (one made by signing in with an organisation has not). */
  public boolean hasPassword(UUID accountId) {
    return accounts.findById(accountId).map(a -> a.passwordHash() != null).orElse(false);
  }

  /**
   * Deletes the account if the password is right (or, for an account without one, its own address
   * was typed) and nothing holds it up.
   *
   * @return whether it was deleted
   */
  public boolean delete(UUID accountId, String password) {
    Boolean deleted =
        transactions.execute(
            status -> {
              Account account = accounts.findById(accountId).orElseThrow();
              boolean confirmed =
                  account.passwordHash() == null
                      ? account.email().equals(Account.normalise(password))
                      : encoder.matches(password, account.passwordHash());
              if (!confirmed || blocker(accountId).isPresent()) {
                return false;
              }
              String email = account.email();
              String formerMember =
                  messages.getMessage("audit.formerMember", null, Locale.UK).toLowerCase(Locale.UK);
              holders.forEach(
                  holder -> holder.erase(accountId, email, account.displayName(), formerMember));
              audit.forgetPerson(accountId, email, account.displayName(), formerMember);
              outbox.forgetPerson(email);
              throttle.forget(email);
              accounts.delete(account);
              audit.record(null, "ACCOUNT_DELETED", null, null);
              sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
              return true;
            });
    return Boolean.TRUE.equals(deleted);
  }
}
