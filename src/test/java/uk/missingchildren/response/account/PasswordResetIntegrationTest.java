package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;
import uk.missingchildren.response.support.TestUsers;

class PasswordResetIntegrationTest extends SmtpIntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;

  @Test
  void aResetLink_setsANewPassword_onceOnly() {
    Account account = users.givenAccount("Rory Reset");
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> requested =
        visitor.submitForm("/forgotten-password", "main form", Map.of("email", account.email()));
    assertThat(requested.headers().firstValue("Location").orElseThrow())
        .endsWith("/forgotten-password/check-email");
    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo(account.email(), 1).get(0), "/reset-password/");

    HttpResponse<String> reset =
        visitor.submitForm(link, "main form", Map.of("password", "violet ember compass"));
    assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    assertThat(
            Jsoup.parse(visitor.get("/sign-in").body()).select(".govuk-notification-banner").text())
        .contains("Your password has been changed");

    assertThat(
            RegistrationIntegrationTest.signIn(
                new SiteVisitor(url("")), account.email(), TestUsers.PASSWORD))
        .isEqualTo("signIn.error.incorrect");
    assertThat(
            RegistrationIntegrationTest.signIn(
                new SiteVisitor(url("")), account.email(), "violet ember compass"))
        .isNull();
    assertThat(Jsoup.parse(visitor.get(link).body()).select("h1").text())
        .isEqualTo("This link has expired or has already been used");
    assertThat(audit.findByActionOrderByIdAsc("PASSWORD_RESET"))
        .anySatisfy(e -> assertThat(e.subject()).isEqualTo(account.email()));
  }

  @Test
  void onlyTheNewestLinkWorks() {
    Account account = users.givenAccount("Nia Newest");
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/forgotten-password", "main form", Map.of("email", account.email()));
    visitor.submitForm("/forgotten-password", "main form", Map.of("email", account.email()));
    var emails = TestSmtpServer.messagesTo(account.email(), 2);

    String older = TestSmtpServer.linkIn(emails.get(0), "/reset-password/");
    String newer = TestSmtpServer.linkIn(emails.get(1), "/reset-password/");

    assertThat(Jsoup.parse(visitor.get(older).body()).select("h1").text())
        .startsWith("This link has expired");
    assertThat(Jsoup.parse(visitor.get(newer).body()).select("h1").text())
        .isEqualTo("Choose a new password");
  }

  @Test
  void anAddressWithoutAnAccount_seesTheSamePage_andNoEmailIsSent() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> requested =
        visitor.submitForm(
            "/forgotten-password", "main form", Map.of("email", "no.account.here@example.org"));

    assertThat(requested.headers().firstValue("Location").orElseThrow())
        .endsWith("/forgotten-password/check-email");
    Document page = Jsoup.parse(visitor.get("/forgotten-password/check-email").body());
    assertThat(page.select("h1").text()).isEqualTo("Check your email");
    assertThat(TestSmtpServer.get().getReceivedMessagesForDomain("no.account.here@example.org"))
        .isEmpty();
  }

  @Test
  void aWeakNewPassword_isRefused_andTheLinkStillWorks() {
    Account account = users.givenAccount("Wes Weak");
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/forgotten-password", "main form", Map.of("email", account.email()));
    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo(account.email(), 1).get(0), "/reset-password/");

    Document refused =
        Jsoup.parse(
            visitor.submitForm(link, "main form", Map.of("password", "password1234")).body());

    assertThat(refused.select("#password-error").text()).contains("harder to guess");
    assertThat(Jsoup.parse(visitor.get(link).body()).select("h1").text())
        .isEqualTo("Choose a new password");
  }
}
