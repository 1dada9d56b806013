package uk.missingchildren.response.benchmark;

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
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestDatabase;

/** An answer the page was told is saved is in the database, not in memory: a restart keeps it. */
class AnswersSurviveARestartIntegrationTest {

  @Test
  void anAnswerSaved_thenTheServiceStoppedAndStarted_isStillThere() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor facilitator;
    String benchmark;
    try (ConfigurableApplicationContext first = start(database)) {
      givenAccount(first, "restart.facilitator@example.org", "granite lemon harbour");
      facilitator = new SiteVisitor(baseUrl(first));
      facilitator.submitForm(
          "/sign-in",
          "main form",
          Map.of("email", "restart.facilitator@example.org", "password", "granite lemon harbour"));
      UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Restart Partnership");
      benchmark = BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2026, 11, 2));
      var background =
          facilitator.postForJson(
              benchmark + "/questions/Q03",
              Map.of(
                  "_csrf",
                  csrf(facilitator, benchmark + "/questions/Q03"),
                  "answer",
                  "partly",
                  "notes",
                  "Agreed before the restart",
                  "actionsArising",
                  "Write to the board",
                  "revision",
                  ""));
      assertThat(background.statusCode()).isEqualTo(200);
      assertThat(background.body()).contains("\"status\":\"saved\"");
    }

    try (ConfigurableApplicationContext second = start(database)) {
      facilitator.moveTo(baseUrl(second));
      Document question = Jsoup.parse(facilitator.get(benchmark + "/questions/Q03").body());

      assertThat(question.select("input[name=answer][checked]").val()).isEqualTo("partly");
      assertThat(question.select("textarea[name=notes]").text())
          .isEqualTo("Agreed before the restart");
      assertThat(question.select("textarea[name=actionsArising]").text())
          .isEqualTo("Write to the board");
      assertThat(question.select("input[name=revision]").val()).isEqualTo("0");
      assertThat(Jsoup.parse(facilitator.get(benchmark).body()).text())
          .contains("1 of 26 questions answered");
    }
  }

  private static String csrf(SiteVisitor visitor, String page) {
    return Jsoup.parse(visitor.get(page).body())
        .selectFirst("#answer-form input[name=_csrf]")
        .val();
  }
}
