package uk.missingchildren.response.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The embedded default has no mail server, and whoever runs it locally must still get in: every
 * email's recipient, subject and links are written to the log, the pages say plainly that nothing
 * was sent, and a coordinator can hand an invitation link over themselves.
 */
@ExtendWith(OutputCaptureExtension.class)
class WithoutAMailServerIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;

  /**
   * The suite keeps framework logs at WARN; the service logs these blocks at INFO, as it runs by
   * default.
   */
  @BeforeEach
  void logEmailsAsTheServiceDoes() {
    LoggingSystem.get(getClass().getClassLoader())
        .setLogLevel(Mailer.class.getName(), LogLevel.INFO);
  }

  @AfterEach
  void quietAgain() {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel(Mailer.class.getName(), null);
  }

  @Test
  void registering_writesTheConfirmationLinkToTheLog_andThatLinkConfirmsTheAddress_soTheyCanSignIn(
      CapturedOutput output) {
    String email = "first.run." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    SiteVisitor visitor = new SiteVisitor(url(""));

    visitor.submitForm(
        "/register",
        "main form",
        Map.of("displayName", "Fay First Run", "email", email, "password", TestUsers.PASSWORD));

    String block = loggedBlockFor(output.getOut(), email);
    assertThat(block)
        .contains(
            "EMAIL NOT SENT: no mail server is set up", "Subject: Confirm your email address");
    String link = linkIn(block, "/verify-email/");
    assertThat(link)
        .as("the address the service is listening on, port included")
        .startsWith(url("/verify-email/"));
    Document confirmed = Jsoup.parse(visitor.get(URI.create(link).getPath()).body());
    assertThat(confirmed.select("h1").text()).isEqualTo("Email address confirmed");
    HttpResponse<String> signedIn =
        visitor.submitForm(
            "/sign-in", "main form", Map.of("email", email, "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotEndWith("/sign-in");
    assertThat(Jsoup.parse(visitor.get("/account").body()).text()).contains("Fay First Run", email);
  }

  @Test
  void theCheckEmailPage_saysTheEmailWasNotSent_andWhereToFindIt_withoutCallingItAnError() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    String email = "not.sent." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    visitor.submitForm(
        "/register",
        "main form",
        Map.of("displayName", "Nat Notsent", "email", email, "password", TestUsers.PASSWORD));
    Document page = Jsoup.parse(visitor.get("/register/check-email").body());

    assertThat(page.select("main").text())
        .contains("We have written an email to " + email)
        .doesNotContain("We have sent");
    assertThat(page.select("#delivery-notice").text())
        .isEqualTo(
            "Not sent: no mail server is set up "
                + "Whoever runs the service can find the email in the service's log and in Administration > Email outbox, and pass it on.");
    assertThat(page.select("#delivery-notice").attr("role")).isEmpty();
    assertThat(page.select("#delivery-notice .govuk-visually-hidden")).isEmpty();
  }

  @Test
  void aCoordinatorWhoInvitesSomeone_isShownTheLinkOnce_andThatLinkLetsThemJoin(
      CapturedOutput output) {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Coral Coordinator"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "No Mail Server Partnership");
    var colleague = users.givenAccount("Colm Colleague");

    HttpResponse<String> invited =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/members/invite",
            "main form",
            Map.of("email", colleague.email(), "role", "MEMBER"));
    Document members =
        Jsoup.parse(coordinator.get(invited.headers().firstValue("Location").orElseThrow()).body());

    assertThat(members.select(".govuk-notification-banner").text())
        .contains("Invitation created for " + colleague.email());
    assertThat(members.select("#delivery-notice").text())
        .startsWith("Not sent: no mail server is set up");
    String link = members.select("#invitation-link-value").val();
    assertThat(link).startsWith(url("/invitations/"));
    assertThat(members.select("#invitation-link").text()).contains("It works once, for 14 days");
    assertThat(linkIn(loggedBlockFor(output.getOut(), colleague.email()), "/invitations/"))
        .isEqualTo(link);
    assertThat(
            Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/members").body())
                .select("#invitation-link"))
        .as("shown once only")
        .isEmpty();

    SiteVisitor invitee = users.signedIn(url(""), colleague);
    invitee.submitForm(URI.create(link).getPath(), "main form", Map.of());

    HttpResponse<String> home = invitee.get("/partnerships/" + partnershipId);
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(home.body()).text()).contains("No Mail Server Partnership", "Member");
  }

  /** The last block the service logged for an email to this address. */
  private static String loggedBlockFor(String log, String recipient) {
    List<String> blocks = List.of(log.split("={78}"));
    return blocks.stream()
        .filter(block -> block.contains("To:      " + recipient))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No email to " + recipient + " in the log"));
  }

  private static String linkIn(String block, String pathPrefix) {
    Matcher link =
        Pattern.compile("Link: +(\\S*" + Pattern.quote(pathPrefix) + "\\S*)").matcher(block);
    assertThat(link.find()).as("a link to " + pathPrefix + " in " + block).isTrue();
    return link.group(1);
  }
}
