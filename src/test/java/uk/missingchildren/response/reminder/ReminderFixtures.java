package uk.missingchildren.response.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Partnerships with coordinators, a member and actions, made in one running instance of the service
 * (a test's own context or one started by {@code ServiceInstances}).
 */
final class ReminderFixtures {

  static final String PASSWORD = "lantern meadow copper";

  private final ApplicationContext app;
  private final String baseUrl;
  private final JdbcTemplate jdbc;

  ReminderFixtures(ApplicationContext app, String baseUrl) {
    this.app = app;
    this.baseUrl = baseUrl;
    this.jdbc = app.getBean(JdbcTemplate.class);
  }

  /**
   * A partnership registered by its first coordinator, with a second coordinator, a member, and a
   * coordinator whose account has been deactivated.
   */
  Partnership givenPartnership(String name) {
    String prefix =
        name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
    Account coordinator = givenAccount(prefix + ".coordinator@example.org");
    SiteVisitor visitor = signedIn(coordinator.email());
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, name);
    Account second =
        givenMember(partnershipId, prefix + ".second.coordinator@example.org", "COORDINATOR");
    Account member = givenMember(partnershipId, prefix + ".member@example.org", "MEMBER");
    Account deactivated =
        givenMember(partnershipId, prefix + ".deactivated@example.org", "COORDINATOR");
    jdbc.update(
        "UPDATE account SET deactivated_at = ? WHERE id = ?",
        Timestamp.from(Instant.now()),
        deactivated.id());
    PartnershipContext context =
        app.getBean(PartnershipAccess.class)
            .require(
                partnershipId,
                (SignedInUser)
                    app.getBean(UserDetailsService.class).loadUserByUsername(coordinator.email()));
    return new Partnership(
        context, visitor, coordinator.email(), second.email(), member.email(), deactivated.email());
  }

  /**
   * An open action of the partnership's, led by someone whose address is {@code leadEmail} (or
   * nobody's, if null).
   */
  Action givenAction(Partnership partnership, String title, LocalDate due, String leadEmail) {
    Action action =
        app.getBean(ActionService.class)
            .create(
                partnership.context(),
                new NewAction(
                    "T05",
                    ActionSource.CHECKLIST_ITEM,
                    "T05-R01",
                    null,
                    null,
                    title,
                    "Offer every child an interview within 72 hours.",
                    ActionOwner.PARTNERSHIP,
                    null,
                    "Lee Lead",
                    due,
                    "Take-up reported to the board"));
    jdbc.update(
        "UPDATE partnership_action SET lead_email = ? WHERE id = ?", leadEmail, action.id());
    return action;
  }

  void changeStatus(Action action, String status) {
    jdbc.update("UPDATE partnership_action SET status = ? WHERE id = ?", status, action.id());
  }

  void changeDueDate(Action action, LocalDate due) {
    jdbc.update("UPDATE partnership_action SET due_date = ? WHERE id = ?", due, action.id());
  }

  /** An address nobody else in the test run has. */
  String uniqueEmail(String name) {
    return name + "." + UUID.randomUUID() + "@example.org";
  }

  SiteVisitor signedIn(String email) {
    SiteVisitor visitor = new SiteVisitor(baseUrl);
    var response =
        visitor.submitForm("/sign-in", "main form", Map.of("email", email, "password", PASSWORD));
    if (response.headers().firstValue("Location").orElse("").endsWith("/sign-in")) {
      throw new AssertionError("Could not sign in as " + email);
    }
    return visitor;
  }

  Account givenAccount(String email) {
    Account account =
        new Account(
            email,
            app.getBean(PasswordEncoder.class).encode(PASSWORD),
            "Reminder Person",
            Instant.now());
    account.verifyEmail(Instant.now());
    return app.getBean(Accounts.class).save(account);
  }

  private final java.util.concurrent.atomic.AtomicInteger joined =
      new java.util.concurrent.atomic.AtomicInteger();

  private Account givenMember(UUID partnershipId, String email, String role) {
    Account account = givenAccount(email);
    jdbc.update(
        "INSERT INTO membership (id, partnership_id, account_id, role, joined_at) VALUES (?, ?, ?, ?, ?)",
        // After the registering coordinator, by the service's own clock (which a test may have
        // moved),
        // so "longest-standing first" does not depend on the time of day the suite runs.
        UUID.randomUUID(),
        partnershipId,
        account.id(),
        role,
        Timestamp.from(
            app.getBean(java.time.Clock.class).instant().plusSeconds(joined.incrementAndGet())));
    return account;
  }

  /** A partnership and the addresses of its people. */
  record Partnership(
      PartnershipContext context,
      SiteVisitor coordinatorVisitor,
      String coordinator,
      String secondCoordinator,
      String member,
      String deactivatedCoordinator) {

    UUID id() {
      return context.partnershipId();
    }
  }
}
