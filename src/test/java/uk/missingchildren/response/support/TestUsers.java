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
          return accounts.save(saved);
        });
  }

  /** A visitor signed in as the account, through the real sign-in form. */
  public SiteVisitor signedIn(String baseUrl, Account account) {
    SiteVisitor visitor = new SiteVisitor(baseUrl);
    var response =
        visitor.submitForm(
            "/sign-in", "main form", Map.of("email", account.email(), "password", PASSWORD));
    if (response.headers().firstValue("Location").orElse("").endsWith("/sign-in")) {
      throw new AssertionError("Could not sign in as " + account.email());
    }
    return visitor;
  }
}
