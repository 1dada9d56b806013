package uk.missingchildren.response.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/** A form posted after the session expired is kept, and sent once the person signs in again. */
class ExpiredSessionIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFormPostedAfterTheSessionExpired_isKeptThroughSigningIn_andSentWhenTheyConfirm() {
    Account account = users.givenAccount("Sid Session");
    SiteVisitor visitor = users.signedIn(url(""), account);
    Document form = Jsoup.parse(visitor.get("/account/details").body());
    String staleToken = form.selectFirst("main form input[name=_csrf]").val();

    expireEverySession();
    HttpResponse<String> posted = visitor.post("/account/details", Map.of(
        "_csrf", staleToken, "displayName", "Sid Typed This", "agency", "HEALTH", "jobTitle", "Designated nurse"));

    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    Document signIn = Jsoup.parse(visitor.get("/sign-in").body());
    assertThat(signIn.select(".govuk-inset-text").text()).contains("we have kept what you typed");
    HttpResponse<String> signedIn = visitor.submitForm("/sign-in", "main form",
        Map.of("email", account.email(), "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/resume");

    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select("main form input[name=displayName]").val()).isEqualTo("Sid Typed This");
    assertThat(accounts.findById(account.id()).orElseThrow().displayName()).isEqualTo("Sid Session");
    visitor.submitForm(resume, "main form", Map.of());

    Account saved = accounts.findById(account.id()).orElseThrow();
    assertThat(saved.displayName()).isEqualTo("Sid Typed This");
    assertThat(saved.jobTitle()).isEqualTo("Designated nurse");
  }

  @Test
  void passwords_areNeverKept() {
    Account account = users.givenAccount("Pam Password");
    SiteVisitor visitor = users.signedIn(url(""), account);
    String staleToken = Jsoup.parse(visitor.get("/account/password").body()).selectFirst("main form input[name=_csrf]").val();

    expireEverySession();
    visitor.post("/account/password", Map.of("_csrf", staleToken, "currentPassword", TestUsers.PASSWORD, "newPassword", "secret typed here"));
    visitor.submitForm("/sign-in", "main form", Map.of("email", account.email(), "password", TestUsers.PASSWORD));

    assertThat(visitor.get("/resume").body()).doesNotContain("secret typed here").doesNotContain(TestUsers.PASSWORD);
  }

  @Test
  void theTimeoutWarning_isOnSignedInPagesOnly() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Tina Timeout"));

    Document signedIn = Jsoup.parse(visitor.get("/account").body());
    assertThat(signedIn.select("dialog#session-timeout").attr("data-timeout-seconds")).isEqualTo("3600");
    assertThat(Jsoup.parse(new SiteVisitor(url("")).get("/").body()).select("dialog#session-timeout")).isEmpty();
  }

  @Test
  void stayingSignedIn_keepsTheSessionAlive() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Kim Keepalive"));
    Document page = Jsoup.parse(visitor.get("/account").body());
    String token = page.selectFirst("dialog#session-timeout").attr("data-csrf-token");

    HttpResponse<String> response = visitor.post("/session/keep-alive", Map.of("_csrf", token));

    assertThat(response.statusCode()).isEqualTo(204);
  }

  private void expireEverySession() {
    jdbc.update("DELETE FROM spring_session");
  }
}
