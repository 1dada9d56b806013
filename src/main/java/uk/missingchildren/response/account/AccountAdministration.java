package uk.missingchildren.response.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
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

  AccountAdministration(Accounts accounts, AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Account> all() {
    return accounts.findAllByOrderByCreatedAtDesc();
  }

  /** For support, when someone cannot receive the confirmation email. */
  @Transactional
  public void confirmEmail(UUID accountId, SignedInUser administrator) {
    Account account = accounts.findById(accountId).orElseThrow();
    account.verifyEmail(clock.instant());
    audit.record(new AuditEvent.Actor(administrator.accountId(), administrator.email()),
        "EMAIL_CONFIRMED_BY_ADMINISTRATOR", account.email(), null);
  }
}
