package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.givenAccount;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.VersionChanges;
import uk.missingchildren.response.framework.VersionChanges.Change;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestDatabase;

/**
 * A partnership part way through keeps the framework version it started on: publishing 2026.2 (here
 * by restarting the service with it as the current version) changes nothing in a report answered
 * against 2026.1, and a benchmark started from that report's answers uses 2026.2 and shows the
 * group which questions changed.
 */
class FrameworkVersionSwitchIntegrationTest {

  private static final String EMAIL = "versions.coordinator@example.org";
  private static final String PASSWORD = "juniper ledger morning";

  @Test
  void a2026_1Report_isUnchangedAfter2026_2IsPublished_andTheNextBenchmarkFlagsWhatChanged() {
    TestDatabase.Connection database = persistentDatabase();
    SiteVisitor coordinator;
    String benchmark;
    String reportBefore;
    try (ConfigurableApplicationContext on2026_1 =
        start(database, "--app.framework.current=2026.1")) {
      givenAccount(on2026_1, EMAIL, PASSWORD);
      coordinator = new SiteVisitor(baseUrl(on2026_1));
      coordinator.submitForm("/sign-in", "main form", Map.of("email", EMAIL, "password", PASSWORD));
      // The return home interview case: "Partly" on offering every child an interview, "Yes" to
      // the other two questions of the area. 2026.1 rates it Strong.
      benchmark =
          BenchmarkMeetings.givenSubmittedBenchmark(
              coordinator, "Versions Partnership", Map.of("Q10", "partly", "Q05", "dont_know"));
      reportBefore = reportText(coordinator, benchmark);
      assertThat(reportBefore).contains("Framework version", "2026.1");
      assertThat(areaRating(coordinator, benchmark, "return-home-interviews")).isEqualTo("Strong");
    }

    try (ConfigurableApplicationContext on2026_2 =
        start(database, "--app.framework.current=2026.2")) {
      coordinator.moveTo(baseUrl(on2026_2));

      assertThat(reportText(coordinator, benchmark)).isEqualTo(reportBefore);
      assertThat(areaRating(coordinator, benchmark, "return-home-interviews")).isEqualTo("Strong");

      String next = BenchmarkMeetings.startFrom(coordinator, benchmark, LocalDate.of(2027, 5, 3));
      Document overview = Jsoup.parse(coordinator.get(next).body());
      assertThat(overview.select("dd").text()).contains("2026.2");
      VersionChanges changes =
          on2026_2.getBean(FrameworkCatalogue.class).changes("2026.1", "2026.2");
      List<VersionChanges.QuestionChange> reworded = changes.questions(Change.REWORDED);
      List<VersionChanges.QuestionChange> added = changes.questions(Change.NEW);
      assertThat(reworded).isNotEmpty();
      assertThat(overview.select("#version-changes h2").text())
          .isEqualTo("Questions changed in framework 2026.2");
      assertThat(overview.select("#version-changes p").first().text())
          .contains(
              "carried over from the benchmark of 2 November 2026, which used framework"
                  + " 2026.1",
              reworded.size() == 1
                  ? "one question has been reworded"
                  : reworded.size() + " questions have been reworded");
      for (VersionChanges.QuestionChange change : reworded) {
        assertThat(overview.select("#" + change.id() + "-status").parents().first().text())
            .as(change.id())
            .contains("Reworded since your last benchmark: check the answer");
      }

      VersionChanges.QuestionChange first = reworded.get(0);
      Document question = Jsoup.parse(coordinator.get(next + "/questions/" + first.id()).body());
      assertThat(question.select("#version-change").text())
          .contains(
              "This question has been reworded since the benchmark of 2 November 2026"
                  + " (framework 2026.1).",
              "It used to ask: \u201c" + first.before().text().strip() + "\u201d");
      assertThat(question.select("legend").text()).contains(first.after().text().strip());
      assertThat(question.select("input[name=answer][checked]").val())
          .as("the earlier answer is carried over for the group to check")
          .isEqualTo(
              first.id().equals("Q10") ? "partly" : first.id().equals("Q05") ? "dont_know" : "yes");
      for (VersionChanges.QuestionChange change : added) {
        Document page = Jsoup.parse(coordinator.get(next + "/questions/" + change.id()).body());
        assertThat(page.select("#version-change").text())
            .contains("This question is new in framework 2026.2");
        assertThat(page.select("input[name=answer][checked]")).isEmpty();
      }
      BenchmarkMeetings.answerAll(coordinator, next, Map.of());
      assertThat(BenchmarkMeetings.submit(coordinator, next).statusCode()).isEqualTo(302);
      String partnership = next.substring(0, next.indexOf("/benchmarks/"));
      Document compared =
          Jsoup.parse(
              coordinator
                  .get(
                      partnership
                          + "/benchmarks/compare?from="
                          + BenchmarkMeetings.benchmarkId(benchmark)
                          + "&to="
                          + BenchmarkMeetings.benchmarkId(next))
                  .body());
      assertThat(compared.select("#versions-differ").text())
          .startsWith("The earlier benchmark used framework 2026.1 and the later one 2026.2.");
      assertThat(compared.select("#question-" + first.id() + " .app-reworded").text())
          .isEqualTo(
              "Reworded between the two framework versions. It used to ask: \u201c"
                  + first.before().text().strip()
                  + "\u201d");
      List<VersionChanges.QuestionChange> unchanged = changes.questions(Change.UNCHANGED);
      if (!unchanged.isEmpty()) {
        assertThat(
                Jsoup.parse(coordinator.get(next + "/questions/" + unchanged.get(0).id()).body())
                    .select("#version-change"))
            .isEmpty();
      }
    }
  }

  /** The report as a reader sees it: every word of the page's main content. */
  private static String reportText(SiteVisitor visitor, String benchmark) {
    HttpResponse<String> report = visitor.get(benchmark + "/report");
    assertThat(report.statusCode()).isEqualTo(200);
    return Jsoup.parse(report.body()).select("main").text();
  }

  private static String areaRating(SiteVisitor visitor, String benchmark, String slug) {
    return Jsoup.parse(visitor.get(benchmark + "/report").body())
        .select("#" + slug + " .govuk-tag")
        .first()
        .text();
  }
}
