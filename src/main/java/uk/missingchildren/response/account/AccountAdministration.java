package uk.missingchildren.response.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;

/** What the site administrator can do with accounts. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  AccountAdministration(
      Accounts accounts,
      AuditLog audit,
      Clock clock,
      FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  @Transactional(readOnly = true)
  public long count() {
    return accounts.count();
  }

  @Transactional(readOnly = true)
  public List<Account> all() {
    return accounts.findAllByOrderByCreatedAtDesc();
  }

  /**
   * Stops someone signing in, for example when they leave their post, and signs them out everywhere
   * at once. Administrators cannot deactivate themselves, so there is always one left.
   */
  @Transactional
  public boolean deactivate(UUID accountId, SignedInUser administrator) {
    if (accountId.equals(administrator.accountId())) {
      return false;
    }
    Account account = accounts.findById(accountId).orElseThrow();
    account.deactivate(clock.instant());
    sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
    audit.record(
        new AuditEvent.Actor(administrator.accountId(), administrator.email()),
        "ACCOUNT_DEACTIVATED",
        account.email(),
        null);
    return true;
  }

  @Transactional
  public void reactivate(UUID accountId, SignedInUser administrator) {
    Account account = accounts.findById(accountId).orElseThrow();
    account.reactivate();
    audit.record(
        new AuditEvent.Actor(administrator.accountId(), administrator.email()),
        "ACCOUNT_REACTIVATED",
        account.email(),
        null);
  }

  /** For support, when someone cannot receive the confirmation email. */
  @Transactional
  public void confirmEmail(UUID accountId, SignedInUser administrator) {
    Account account = accounts.findById(accountId).orElseThrow();
    account.verifyEmail(clock.instant());
    audit.record(
        new AuditEvent.Actor(administrator.accountId(), administrator.email()),
        "EMAIL_CONFIRMED_BY_ADMINISTRATOR",
        account.email(),
        null);
  }
}
