package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.givenAccount;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestDatabase;

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
      assertThat(page.select(".govuk-notification-banner").text())
          .contains("Low Vision Mode is on");
      assertThat(page.selectFirst("html").hasClass("app-low-vision")).isTrue();
      assertThat(visitor.cookie("SESSION")).isEqualTo(sessionBeforeRestart);
    }
  }

  @Test
  void aFormFromOneInstance_canBeSubmittedToAnotherRunningAlongsideIt() {
    TestDatabase.Connection database = persistentDatabase();
    try (ConfigurableApplicationContext one = start(database);
        ConfigurableApplicationContext two = start(database)) {
      givenAccount(one, "two.instances@example.org", "quiet orchard lantern");
      SiteVisitor visitor = new SiteVisitor(baseUrl(one));
      visitor.submitForm(
          "/sign-in",
          "main form",
          Map.of("email", "two.instances@example.org", "password", "quiet orchard lantern"));
      Document form = Jsoup.parse(visitor.get("/account/details").body());

      visitor.moveTo(baseUrl(two));
      HttpResponse<String> response =
          visitor.submitForm(
              form,
              "main form",
              Map.of("displayName", "Changed On Two", "agency", "HEALTH", "jobTitle", "Nurse"));

      assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith("/sign-in");
      // The session and the CSRF cookie are both good on the second instance.
      assertThat(response.statusCode()).isEqualTo(302);
    }
  }

  @Test
  void aSignedInSession_survivesARestart_andWorksOnASecondInstance() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor visitor;
    try (ConfigurableApplicationContext first = start(database)) {
      givenAccount(first, "restart.person@example.org", "granite lemon harbour");
      visitor = new SiteVisitor(baseUrl(first));
      HttpResponse<String> signedIn =
          visitor.submitForm(
              "/sign-in",
              "main form",
              Map.of("email", "restart.person@example.org", "password", "granite lemon harbour"));
      assertThat(signedIn.headers().firstValue("Location").orElseThrow())
          .endsWith("/partnerships/after-sign-in");
    }
    try (ConfigurableApplicationContext second = start(database);
        ConfigurableApplicationContext third = start(database)) {
      visitor.moveTo(baseUrl(second));
      HttpResponse<String> afterRestart = visitor.get("/account");
      assertThat(afterRestart.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(afterRestart.body()).select(".govuk-summary-list").text())
          .contains("restart.person@example.org");

      visitor.moveTo(baseUrl(third));
      assertThat(visitor.get("/account").statusCode())
          .as("same session on another instance")
          .isEqualTo(200);
    }
  }
}
