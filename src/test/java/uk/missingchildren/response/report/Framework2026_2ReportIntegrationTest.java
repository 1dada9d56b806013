package uk.missingchildren.response.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.givenAccount;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * A stage-one report on framework 2026.2, the current version: a statutory duty only partly met
 * keeps an area from Strong and the report says why; "Don't know" is a finding of its own, listed
 * as something to find out; no more than 3 areas are named to start with; and the results are shown
 * by the three purposes of the original tool, on the page, in the PDF and in Word.
 */
class Framework2026_2ReportIntegrationTest {

  private static final String EMAIL = "current.framework@example.org";
  private static final String PASSWORD = "heron quilt evening";

  @Test
  void aReportOn2026_2_respectsDuties_listsWhatToFindOut_andStartsWithAtMostThreeAreas() {
    try (ConfigurableApplicationContext service =
        start(persistentDatabase(), "--app.framework.current=2026.2")) {
      givenAccount(service, EMAIL, PASSWORD);
      SiteVisitor coordinator = new SiteVisitor(baseUrl(service));
      coordinator.submitForm("/sign-in", "main form", Map.of("email", EMAIL, "password", PASSWORD));
      String benchmark =
          BenchmarkMeetings.givenSubmittedBenchmark(
              coordinator,
              "Current Framework Partnership",
              Map.of(
                  // Return home interviews: the offer to every child (a duty) only partly made.
                  "Q10", "partly",
                  "Q05", "dont_know",
                  "Q01", "no",
                  "Q07", "no",
                  "Q26", "partly"));

      Document report = Jsoup.parse(coordinator.get(benchmark + "/report").body());

      assertThat(report.select("#return-home-interviews .govuk-tag").first().text())
          .isEqualTo("Developing");
      assertThat(report.select("#return-home-interviews").text())
          .contains(
              "It scored 75% of the points available",
              "Strong needs every question about a statutory duty answered \"Yes, consistently\","
                  + " and one was not.",
              "This question asks about a duty in law or statutory guidance.");
      assertThat(report.select(".app-priorities__item > a").eachText())
          .as(
              "five areas are below Strong; the three most in need are named, the one with a"
                  + " \"Don't know\" first among equal scores")
          .containsExactly(
              "Data, intelligence and information sharing",
              "Prevention and early help, including emergency accommodation and 16 and 17 year olds",
              "Workforce training, supervision and practice quality");
      assertThat(report.select("#data-and-information-sharing .app-not-known").text())
          .isEqualTo("Not known: find out");
      assertThat(report.select("#return-home-interviews .app-not-known")).isEmpty();
      assertThat(report.select("#find-out h2").text()).isEqualTo("What you need to find out");
      assertThat(report.select("#find-out li").eachText())
          .singleElement()
          .asString()
          .startsWith("Question 5: Does information about each missing child pass quickly")
          .endsWith("Data and information sharing");
      assertThat(report.select("#find-out a").attr("href")).isEqualTo("#Q05");
      assertThat(report.select("#purposes tbody tr")).hasSize(3);
      assertThat(report.select("#purposes tbody th").eachText())
          .anySatisfy(label -> assertThat(label).startsWith("How prepared the area is"))
          .anySatisfy(label -> assertThat(label).startsWith("How well the response works"))
          .anySatisfy(
              label ->
                  assertThat(label)
                      .startsWith("How well agencies work together to prevent repeat missing"));
      assertThat(report.select("#purposes thead th").eachText())
          .containsExactly(
              "Purpose", "Questions", "Yes, consistently", "Partly", "No", "Don't know", "Score");
      int questions =
          report.select("#purposes tbody tr").stream()
              .mapToInt(row -> Integer.parseInt(row.select("td").first().text()))
              .sum();
      assertThat(questions).isEqualTo(26);

      String pdf = DocumentText.ofPdf(coordinator.getBytes(benchmark + "/report.pdf").body());
      assertThat(pdf)
          .contains("What you need to find out", "Results by purpose", "Not known: find out");
      String word = DocumentText.ofWord(coordinator.getBytes(benchmark + "/report.docx").body());
      assertThat(word)
          .contains(
              "What you need to find out",
              "Results by purpose",
              "Not known: find out",
              "This question asks about a duty in law or statutory guidance.");
    }
  }
}
