package uk.missingchildren.response.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.notification.EmailMessage;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestCodes;
import uk.missingchildren.response.support.TestUsers;

/**
 * Without an SMTP server (the embedded default) email waits in the outbox, which the administrator
 * reads.
 */
class OutboxAndAdministrationIntegrationTest extends IntegrationTest {

  @Autowired EmailMessages outbox;
  @Autowired Accounts accounts;
  @Autowired TestUsers users;
  @Autowired FrameworkCatalogue catalogue;

  @Test
  void withoutSmtp_theUserIsToldTheEmailIsQueued_andTheAdministratorCanReadIt() {
    SiteVisitor administrator = givenAdministrator();
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm(
        "/register",
        "main form",
        Map.of(
            "displayName",
            "Quinn Queued",
            "email",
            "quinn.queued@example.org",
            "password",
            TestUsers.PASSWORD));

    Document checkEmail = Jsoup.parse(visitor.get("/register/check-email").body());
    assertThat(checkEmail.select("#delivery-notice").text())
        .contains("Not sent: no mail server is set up");
    EmailMessage queued =
        outbox.findByRecipientOrderByCreatedAtDesc("quinn.queued@example.org").get(0);
    assertThat(queued.status()).isEqualTo(EmailMessage.Status.QUEUED);
    assertThat(queued.htmlBody()).contains("Confirm your email address");

    Document list = Jsoup.parse(administrator.get("/admin/outbox").body());
    assertThat(list.select("tbody tr").eachText())
        .anySatisfy(
            row ->
                assertThat(row)
                    .contains(
                        "quinn.queued@example.org",
                        "Confirm your email address",
                        "Waiting in outbox"));
    Document message = Jsoup.parse(administrator.get("/admin/outbox/" + queued.id()).body());
    assertThat(message.select("pre").text()).contains("/verify-email/");
  }

  @Test
  void theFrameworkVersions_areListedWithTheirFindings_andAnyTwoAreCompared() {
    SiteVisitor administrator = givenAdministrator();

    Document versions = Jsoup.parse(administrator.get("/admin/framework").body());
    String current = catalogue.current().version();
    assertThat(versions.select("tbody tr").eachText())
        .containsExactly(
            "2026.2"
                + (current.equals("2026.2") ? " Current" : "")
                + " 5 December 2026 26 "
                + activeItems("2026.2"),
            "2026.1" + (current.equals("2026.1") ? " Current" : "") + " 22 November 2026 26 168");

    Document version = Jsoup.parse(administrator.get("/admin/framework/2026.2").body());
    assertThat(version.select("h1").text()).isEqualTo("Framework version 2026.2");
    assertThat(version.select(".app-findings tbody tr")).hasSizeGreaterThanOrEqualTo(100);
    assertThat(version.select(".app-findings tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).startsWith("T01-R03").contains("good practice"))
        .anySatisfy(row -> assertThat(row).startsWith("dfe-missing-2014"));
    assertThat(administrator.get("/admin/framework/1999.1").statusCode()).isEqualTo(404);

    Document compared =
        Jsoup.parse(administrator.get("/admin/framework/compare?from=2026.1&to=2026.2").body());
    assertThat(compared.select("h1").text()).isEqualTo("Changes from 2026.1 to 2026.2");
    assertThat(compared.select("main p").first().text()).startsWith("Stage one: ");
    assertThat(compared.select(".govuk-summary-list__row").eachText())
        .anySatisfy(row -> assertThat(row).startsWith("Q27 New").contains("In 2026.2:"))
        .anySatisfy(row -> assertThat(row).startsWith("Q12 Retired").contains("In 2026.1:"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("T01-R03 Retired")
                    .contains("Now covered by T01-G06: ratings given to it are carried there."))
        .anySatisfy(row -> assertThat(row).startsWith("T10-R05 New"));

    Document same =
        Jsoup.parse(administrator.get("/admin/framework/compare?from=2026.2&to=2026.2").body());
    assertThat(same.select(".govuk-error-summary").text())
        .contains("Choose two different versions to compare");
    assertThat(same.select("#to").attr("aria-describedby")).isEqualTo("to-error");
    assertThat(same.title()).startsWith("Error: ");
    Document unknown =
        Jsoup.parse(administrator.get("/admin/framework/compare?from=nonsense&to=2026.2").body());
    assertThat(unknown.select(".govuk-error-summary a").attr("href")).isEqualTo("#from");

    SiteVisitor member = users.signedIn(url(""), users.givenAccount("Nora Notadmin"));
    assertThat(member.get("/admin/framework").statusCode()).isIn(403, 404);
  }

  private long activeItems(String version) {
    return catalogue.version(version).orElseThrow().items().stream()
        .filter(ChecklistItem::active)
        .count();
  }

  @Test
  void aReportEmailed_showsTheAdministratorOnlyWhenAndToWhomItWent_neverTheAssessment() {
    SiteVisitor administrator = givenAdministrator();
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Rory Report"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Confidential Partnership", Map.of());
    coordinator.submitForm(
        benchmark + "/report/email",
        "#email-report",
        Map.of("addresses", "board.member@example.org", "message", "Confidential covering note"));
    EmailMessage report =
        outbox.findByRecipientOrderByCreatedAtDesc("board.member@example.org").get(0);
    assertThat(report.textBody())
        .as("the message itself carries the assessment")
        .contains("Confidential covering note");

    Document message = Jsoup.parse(administrator.get("/admin/outbox/" + report.id()).body());

    String shown = message.select("main").text();
    assertThat(shown)
        .contains("board.member@example.org", "only when and to whom it went is shown");
    for (String paragraph : report.textBody().split("\\n\\n")) {
      if (paragraph.strip().length() > 30 && !paragraph.startsWith("--")) {
        assertThat(shown)
            .as("the administrator sees none of the message")
            .doesNotContain(paragraph.strip().split("\\n")[0]);
      }
    }
    assertThat(message.select("pre")).isEmpty();
  }

  @Test
  void theAdministratorCanConfirmAnAddressForSomeoneWhoCannotGetTheEmail() {
    SiteVisitor administrator = givenAdministrator();
    new SiteVisitor(url(""))
        .submitForm(
            "/register",
            "main form",
            Map.of(
                "displayName",
                "Nia No Email",
                "email",
                "nia.noemail@example.org",
                "password",
                TestUsers.PASSWORD));
    UUID id = accounts.findByEmail("nia.noemail@example.org").orElseThrow().id();

    administrator.submitForm(
        "/admin/accounts", "form[action=/admin/accounts/" + id + "/confirm-email]", Map.of());

    assertThat(accounts.findById(id).orElseThrow().emailVerified()).isTrue();
  }

  @Test
  void aDeactivatedAccount_isSignedOutEverywhere_cannotSignIn_andCanBeReactivated() {
    SiteVisitor administrator = givenAdministrator();
    var leaver = users.givenAccount("Lee Leaver");
    SiteVisitor leaverSession = users.signedIn(url(""), leaver);
    assertThat(leaverSession.get("/account").statusCode()).isEqualTo(200);

    administrator.submitForm(
        "/admin/accounts", "form[action=/admin/accounts/" + leaver.id() + "/deactivate]", Map.of());

    assertThat(leaverSession.get("/account").statusCode())
        .as("existing session ended")
        .isEqualTo(302);
    assertThat(new SiteVisitor(url("")).signInError(leaver.email(), TestUsers.PASSWORD))
        .isEqualTo(
            "This account has been deactivated. Contact the person who runs the tool if you need access again");
    assertThat(new SiteVisitor(url("")).signInError(leaver.email(), "wrong password here"))
        .as("no hint about the account to someone without its password")
        .startsWith("Enter a correct email address and password");

    administrator.submitForm(
        "/admin/accounts", "form[action=/admin/accounts/" + leaver.id() + "/reactivate]", Map.of());
    assertThat(users.signedIn(url(""), leaver).get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void administrationPages_areClosedToEveryoneElse_andAdministratorsCannotOpenAPartnership() {
    var regular = users.givenAccount("Regular Person");
    SiteVisitor member = users.signedIn(url(""), regular);
    String location =
        member
            .submitForm(
                "/partnerships/new",
                "main form",
                Map.of(
                    "name",
                    "Private Partnership",
                    "localAuthorityAreas",
                    "Area",
                    "policeForceArea",
                    "Force"))
            .headers()
            .firstValue("Location")
            .orElseThrow();

    for (String path :
        new String[] {"/admin", "/admin/accounts", "/admin/partnerships", "/admin/outbox"}) {
      assertThat(member.get(path).statusCode()).as(path).isEqualTo(403);
      assertThat(new SiteVisitor(url("")).get(path).statusCode()).as(path).isEqualTo(302);
    }
    SiteVisitor administrator = givenAdministrator();
    assertThat(Jsoup.parse(administrator.get("/admin/partnerships").body()).text())
        .contains("Private Partnership");
    var row =
        Jsoup.parse(administrator.get("/admin/accounts").body()).select("tbody tr").stream()
            .filter(r -> r.text().contains(regular.email()))
            .findFirst()
            .orElseThrow();
    assertThat(row.select("td").get(4).text())
        .as("partnerships the account belongs to")
        .isEqualTo("1");
    assertThat(administrator.get(location.replaceFirst("^https?://[^/]+", "")).statusCode())
        .isEqualTo(404);
  }

  /**
   * Registers the configured administrator address through the real journey (once), then signs in.
   */
  private SiteVisitor givenAdministrator() {
    String email = "site.admin@example.org";
    if (accounts.findByEmail(email).isEmpty()) {
      SiteVisitor visitor = new SiteVisitor(url(""));
      visitor.submitForm(
          "/register",
          "main form",
          Map.of(
              "displayName", "Site Administrator", "email", email, "password", TestUsers.PASSWORD));
      String text = outbox.findByRecipientOrderByCreatedAtDesc(email).get(0).textBody();
      Matcher link = Pattern.compile("https?://[^/\\s]+(/verify-email/\\S+)").matcher(text);
      assertThat(link.find()).isTrue();
      visitor.get(link.group(1));
    }
    assertThat(accounts.findByEmail(email).orElseThrow().administrator()).isTrue();
    SiteVisitor administrator = new SiteVisitor(url(""));
    String next =
        administrator
            .submitForm(
                "/sign-in", "main form", Map.of("email", email, "password", TestUsers.PASSWORD))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    UUID id = accounts.findByEmail(email).orElseThrow().id();
    if (next.endsWith("/sign-in/set-up-code")) {
      // The administrator must set up an authenticator app at their first sign-in.
      Document setUp = Jsoup.parse(administrator.get(next).body());
      String secret = setUp.select("#secret").text().replace(" ", "");
      administrator.submitForm(
          setUp, "main form", Map.of("code", TestCodes.code(secret, TestCodes.stepNow())));
      administrator.submitForm("/sign-in/recovery-codes", "main form", Map.of());
    } else {
      assertThat(next).endsWith("/sign-in/code");
      administrator.submitForm("/sign-in/code", "main form", Map.of("code", users.nextCode(id)));
    }
    return administrator;
  }
}
