package uk.missingchildren.response.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;

/** Makes confirmed accounts and signs them in, for tests that are not about registration. */
@TestComponent
public class TestUsers {

  public static final String PASSWORD = "marble harbour kettle";

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  TestUsers(
      Accounts accounts,
      PasswordEncoder encoder,
      TransactionTemplate transactions,
      JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.encoder = encoder;
    this.transactions = transactions;
  }

  /** A confirmed account with a unique address based on {@code name}. */
  public Account givenAccount(String name) {
    String email =
        name.toLowerCase().replace(' ', '.')
            + "."
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.org";
    return transactions.execute(
        status -> {
          Account account = new Account(email, encoder.encode(PASSWORD), name, Instant.now());
          account.verifyEmail(Instant.now());
          return accounts.save(account);
        });
  }

  /** A confirmed account that is a viewer of the partnership, as an accepted invitation makes. */
  public Account givenViewer(UUID partnershipId, String name) {
    Account account = givenAccount(name);
    jdbc.update(
        "INSERT INTO membership (id, partnership_id, account_id, role, joined_at)"
            + " VALUES (?, ?, ?, 'VIEWER', CURRENT_TIMESTAMP)",
        UUID.randomUUID(),
        partnershipId,
        account.id());
    return account;
  }

  /** A confirmed account that is a member of the partnership (may answer, not manage members). */
  public Account givenMember(UUID partnershipId, String name) {
    Account account = givenAccount(name);
    jdbc.update(
        "INSERT INTO membership (id, partnership_id, account_id, role, joined_at)"
            + " VALUES (?, ?, ?, 'MEMBER', CURRENT_TIMESTAMP)",
        UUID.randomUUID(),
        partnershipId,
        account.id());
    return account;
  }

  /** A confirmed account with the site administrator role. */
  public Account givenAdministrator(String name) {
    Account account = givenAccount(name);
    return transactions.execute(
        status -> {
          Account saved = accounts.findById(account.id()).orElseThrow();
          saved.makeAdministrator();
          Account administrator = accounts.save(saved);
          // The administrator must use a second factor; this one's app holds TestCodes.SECRET.
          givenSecondFactor(administrator.id());
          return administrator;
        });
  }

  /** An authenticator app set up for the account, holding {@link TestCodes#SECRET}. */
  public void givenSecondFactor(UUID accountId) {
    jdbc.update(
        "INSERT INTO second_factor (account_id, secret, confirmed_at, last_step) VALUES (?, ?, ?, 0)",
        accountId,
        TestCodes.SECRET,
        java.sql.Timestamp.from(Instant.now()));
  }

  /**
   * The code the account's app shows now (whatever secret it was set up with). The service takes
   * each code once, so tests that sign the same account in several times within 30 seconds would
   * wait for the next code; instead the account's last accepted code is set back, as if it had been
   * used long ago. Tests of that rule type their codes themselves.
   */
  public String nextCode(UUID accountId) {
    jdbc.update("UPDATE second_factor SET last_step = 0 WHERE account_id = ?", accountId);
    String secret =
        jdbc.queryForObject(
            "SELECT secret FROM second_factor WHERE account_id = ?", String.class, accountId);
    return TestCodes.code(secret, TestCodes.stepNow());
  }

  /** A visitor signed in as the account, through the real sign-in form. */
  public SiteVisitor signedIn(String baseUrl, Account account) {
    SiteVisitor visitor = new SiteVisitor(baseUrl);
    var response =
        visitor.submitForm(
            "/sign-in", "main form", Map.of("email", account.email(), "password", PASSWORD));
    String next = response.headers().firstValue("Location").orElse("");
    if (next.endsWith("/sign-in/code")) {
      response =
          visitor.submitForm("/sign-in/code", "main form", Map.of("code", nextCode(account.id())));
      next = response.headers().firstValue("Location").orElse("");
    }
    if (next.contains("/sign-in")) {
      throw new AssertionError("Could not sign in as " + account.email() + ": sent to " + next);
    }
    return visitor;
  }
}
