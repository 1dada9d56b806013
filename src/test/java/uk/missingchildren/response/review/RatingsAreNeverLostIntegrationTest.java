package uk.missingchildren.response.review;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.givenAccount;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestDatabase;

/**
 * A rating the page was told is saved survives a restart of the service, and one sent after the
 * session ended is kept through signing in again.
 */
class RatingsAreNeverLostIntegrationTest {

  private static final String PASSWORD = "granite lemon harbour";

  @Test
  void
      aRatingSaved_thenTheServiceStoppedAndStarted_isStillThere_andOneSentAfterTheSessionEnded_isKept() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor facilitator;
    String review;
    try (ConfigurableApplicationContext first = start(database)) {
      givenAccount(first, "rating.facilitator@example.org", PASSWORD);
      facilitator = new SiteVisitor(baseUrl(first));
      signIn(facilitator);
      UUID partnershipId =
          BenchmarkMeetings.givenPartnership(facilitator, "Restart Review Partnership");
      review =
          ChecklistMeetings.start(
              facilitator,
              partnershipId,
              "return-home-interviews",
              LocalDate.of(2026, 11, 9),
              "blank");
      String token =
          Jsoup.parse(facilitator.get(review + "/sections/required").body())
              .selectFirst("form[id=T05-R01] input[name=_csrf]")
              .val();
      var saved =
          facilitator.postForJson(
              review + "/items/T05-R01",
              Map.of(
                  "_csrf",
                  token,
                  "extent",
                  "partly_met",
                  "impact",
                  "high",
                  "evidence",
                  "Agreed before the restart",
                  "revision",
                  ""));
      assertThat(saved.body()).contains("\"status\":\"saved\"");
    }

    try (ConfigurableApplicationContext second = start(database)) {
      facilitator.moveTo(baseUrl(second));
      Document section = Jsoup.parse(facilitator.get(review + "/sections/required").body());
      assertThat(section.select("form[id=T05-R01] input[name=extent][checked]").val())
          .isEqualTo("partly_met");
      assertThat(section.select("form[id=T05-R01] input[name=impact][checked]").val())
          .isEqualTo("high");
      assertThat(section.select("#T05-R01-evidence").text()).isEqualTo("Agreed before the restart");

      second.getBean(JdbcTemplate.class).update("DELETE FROM spring_session");
      var afterExpiry =
          facilitator.submitForm(
              section,
              "form[id=T05-R02]",
              Map.of(
                  "extent",
                  "not_met",
                  "impact",
                  "medium",
                  "evidence",
                  "Typed as the session ended"));
      assertThat(afterExpiry.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
      signIn(facilitator);
      facilitator.submitForm("/resume", "main form", Map.of());
      Document after = Jsoup.parse(facilitator.get(review + "/sections/required").body());
      assertThat(after.select("form[id=T05-R02] input[name=extent][checked]").val())
          .isEqualTo("not_met");
      assertThat(after.select("#T05-R02-evidence").text()).isEqualTo("Typed as the session ended");
    }
  }

  private static void signIn(SiteVisitor visitor) {
    visitor.submitForm(
        "/sign-in",
        "main form",
        Map.of("email", "rating.facilitator@example.org", "password", PASSWORD));
  }
}
