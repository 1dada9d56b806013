package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.MissingChildrenResponseApplication;
import uk.missingchildren.response.support.TestDatabase;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Sessions live in the database, so a visitor keeps their session when the service restarts or when
 * a load balancer sends them to another instance.
 */
class SessionsAcrossInstancesIntegrationTest {

  @Test
  void aSessionStartedBeforeARestart_isStillValidAfterIt_andTheDisplayModeIsKept() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor visitor;
    HttpResponse<String> switched;
    try (ConfigurableApplicationContext first = start(database)) {
      visitor = new SiteVisitor(baseUrl(first));
      switched = visitor.submitForm("/resources", "form[action=/display-mode]", Map.of());
      assertThat(switched.statusCode()).isEqualTo(302);
    }
    String sessionBeforeRestart = visitor.cookie("SESSION");

    try (ConfigurableApplicationContext second = start(database)) {
      visitor.moveTo(baseUrl(second));
      Document page = Jsoup.parse(visitor.get("/resources").body());

      // The confirmation was stored in the session by the first instance and shown by the second.
      assertThat(page.select(".govuk-notification-banner").text()).contains("Low Vision Mode is on");
      assertThat(page.selectFirst("html").hasClass("app-low-vision")).isTrue();
      assertThat(visitor.cookie("SESSION")).isEqualTo(sessionBeforeRestart);
    }
  }

  @Test
  void aFormFromOneInstance_canBeSubmittedToAnotherRunningAlongsideIt() {
    TestDatabase.Connection database = persistentDatabase();
    try (ConfigurableApplicationContext one = start(database);
        ConfigurableApplicationContext two = start(database)) {
      SiteVisitor visitor = new SiteVisitor(baseUrl(one));
      Document form = Jsoup.parse(visitor.get("/").body());
      String token = form.selectFirst("form[action=/display-mode] input[name=_csrf]").val();

      visitor.moveTo(baseUrl(two));
      HttpResponse<String> response =
          visitor.post(
              "/display-mode", Map.of("_csrf", token, "mode", "low-vision", "returnTo", "/"));

      // Without a shared session the CSRF token would be unknown here and the answer would be 403.
      assertThat(response.statusCode()).isEqualTo(302);
    }
  }

  @Test
  void aSignedInSession_survivesARestart_andWorksOnASecondInstance() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor visitor;
    try (ConfigurableApplicationContext first = start(database)) {
      givenAccount(first, "restart.person@example.org");
      visitor = new SiteVisitor(baseUrl(first));
      HttpResponse<String> signedIn = visitor.submitForm("/sign-in", "main form",
          Map.of("email", "restart.person@example.org", "password", "granite lemon harbour"));
      assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/partnerships");
    }
    try (ConfigurableApplicationContext second = start(database);
        ConfigurableApplicationContext third = start(database)) {
      visitor.moveTo(baseUrl(second));
      HttpResponse<String> afterRestart = visitor.get("/account");
      assertThat(afterRestart.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(afterRestart.body()).select(".govuk-summary-list").text()).contains("restart.person@example.org");

      visitor.moveTo(baseUrl(third));
      assertThat(visitor.get("/account").statusCode()).as("same session on another instance").isEqualTo(200);
    }
  }

  private static void givenAccount(ConfigurableApplicationContext context, String email) {
    var encoder = context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
    var account = new uk.missingchildren.response.account.Account(
        email, encoder.encode("granite lemon harbour"), "Restart Person", java.time.Instant.now());
    account.verifyEmail(java.time.Instant.now());
    context.getBean(uk.missingchildren.response.account.Accounts.class).save(account);
  }

  private static TestDatabase.Connection persistentDatabase() {
    if (TestDatabase.isPostgres()) {
      return TestDatabase.newDatabase();
    }
    // A file database, like the embedded default, so a restart really reads it back from disk.
    Path file = Path.of("target", "restart-test", UUID.randomUUID().toString()).toAbsolutePath();
    return new TestDatabase.Connection(
        "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
  }

  private static ConfigurableApplicationContext start(TestDatabase.Connection database) {
    return new SpringApplicationBuilder(MissingChildrenResponseApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.username(),
            "--spring.datasource.password=" + database.password(),
            "--spring.main.banner-mode=off",
            "--app.accounts.bcrypt-cost=4");
  }

  private static String baseUrl(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://localhost:" + port;
  }
}
