package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Two benchmarks run through the real pages a year apart, then compared side by side and charted.
 * The answers are worked by hand (see {@link StageOneComparisonTest}): two areas improve, two get
 * worse (one because of a "don't know"), and eight keep their rating, one of them with a lower
 * score and one with "No" answers that became "Don't know".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareBenchmarksIntegrationTest extends IntegrationTest {

  /** The first benchmark: answers that differ from "yes", by question. */
  static final Map<String, String> FIRST =
      Map.ofEntries(
          Map.entry("Q03", "partly"), // T01: 83% Strong
          Map.entry("Q04", "partly"),
          Map.entry("Q05", "no"), // T02: 25% Priority
          Map.entry("Q06", "dont_know"),
          Map.entry("Q07", "dont_know"), // T03: 0% Priority
          Map.entry("Q09", "partly"), // T04: 75% Developing
          Map.entry("Q18", "no"),
          Map.entry("Q19", "no")); // T08: 0% Priority; T07 100% Strong

  /** The second benchmark. */
  static final Map<String, String> SECOND =
      Map.ofEntries(
          Map.entry("Q03", "dont_know"), // T01: 67% Developing: worse
          Map.entry("Q05", "partly"), // T02: 75% Developing: improved
          Map.entry("Q06", "partly"),
          Map.entry("Q07", "partly"), // T03: 50% Developing: improved
          Map.entry("Q08", "partly"),
          Map.entry("Q09", "partly"), // T04: 50% Developing: same
          Map.entry("Q16", "partly"),
          Map.entry("Q17", "no"), // T07: 50% Developing: worse
          Map.entry("Q18", "dont_know"),
          Map.entry("Q19", "dont_know")); // T08: 0% Priority: same

  @Autowired TestUsers users;

  private SiteVisitor coordinator;
  private UUID partnershipId;
  private UUID first;
  private UUID second;
  private Document page;

  @BeforeAll
  void givenTwoSubmittedBenchmarks() {
    coordinator = users.signedIn(url(""), users.givenAccount("Connie Comparer"));
    partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Eastshire Comparing Partnership");
    first =
        Rounds.givenSubmittedBenchmark(
            coordinator, partnershipId, LocalDate.of(2025, 11, 3), FIRST);
    second =
        Rounds.givenSubmittedBenchmark(
            coordinator, partnershipId, LocalDate.of(2026, 11, 2), SECOND);
    page = Jsoup.parse(coordinator.get(base() + "/compare").body());
  }

  @Test
  void withNothingChosen_comparesTheLatestBenchmarkWithTheOneBefore_areaByArea() {
    assertThat(page.selectFirst("h1").text()).isEqualTo("Compare two benchmarks");
    assertThat(page.select("#from option[selected]").attr("value")).isEqualTo(first.toString());
    assertThat(page.select("#to option[selected]").attr("value")).isEqualTo(second.toString());
    assertThat(page.select("#from option").eachText())
        .containsExactly("3 November 2025", "2 November 2026");

    assertThat(page.select("#areas thead th").eachText())
        .containsExactly(
            "Area", "Rating on 3 November 2025", "Rating on 2 November 2026", "Change");
    Map<String, List<String>> rows = rows(page);
    assertThat(rows).hasSize(12);
    assertThat(rows.get("T01")).containsExactly("Strong 83%", "Developing 67%", "Got worse");
    assertThat(rows.get("T02"))
        .containsExactly("Priority for improvement 25%", "Developing 75%", "Improved");
    assertThat(rows.get("T03"))
        .containsExactly("Priority for improvement 0%", "Developing 50%", "Improved");
    assertThat(rows.get("T04")).containsExactly("Developing 75%", "Developing 50%", "Same");
    assertThat(rows.get("T07")).containsExactly("Strong 100%", "Developing 50%", "Got worse");
    assertThat(rows.get("T08"))
        .containsExactly("Priority for improvement 0%", "Priority for improvement 0%", "Same");
    assertThat(rows.get("T12")).containsExactly("Strong 100%", "Strong 100%", "Same");
  }

  @Test
  void theCounts_sayHowManyAreasImprovedGotWorseOrStayedTheSame() {
    assertThat(page.select("#summary p").first().text())
        .isEqualTo("2 improved, 2 got worse, 8 stayed the same.");
    assertThat(page.select("#count-IMPROVED").text()).isEqualTo("2 Improved");
    assertThat(page.select("#count-WORSE").text()).isEqualTo("2 Got worse");
    assertThat(page.select("#count-SAME").text()).isEqualTo("8 Same");
    assertThat(page.getElementById("count-NOT_COMPARED")).isNull();
  }

  @Test
  void everyAnswerThatChanged_isListedUnderItsArea_withWhichWayItsPointsMoved() {
    assertThat(changedAnswers("T01")).containsExactly(List.of("Partly", "Don't know", "Got worse"));
    assertThat(changedAnswers("T02"))
        .containsExactly(
            List.of("Partly", "Yes, consistently", "Improved"),
            List.of("No", "Partly", "Improved"));
    assertThat(changedAnswers("T04"))
        .containsExactly(List.of("Yes, consistently", "Partly", "Got worse"));
    assertThat(changedAnswers("T08"))
        .containsExactly(List.of("No", "Don't know", "Same"), List.of("No", "Don't know", "Same"));
    assertThat(page.getElementById("answers-T12").text())
        .contains("No answer changed in this area.");
    assertThat(page.select("#question-Q18 th").text()).isNotBlank();
  }

  @Test
  void theRoundsCanBeChosenEitherWay_andTheComparisonFollowsTheOrderChosen() {
    Document reversed =
        Jsoup.parse(coordinator.get(base() + "/compare?from=" + second + "&to=" + first).body());

    assertThat(rows(reversed).get("T01"))
        .containsExactly("Developing 67%", "Strong 83%", "Improved");
    assertThat(reversed.select("#summary p").first().text())
        .isEqualTo("2 improved, 2 got worse, 8 stayed the same.");
  }

  @Test
  void theSameBenchmarkTwice_orSomethingNotOnTheList_isShownAsAnErrorOnTheForm() {
    Document same =
        Jsoup.parse(coordinator.get(base() + "/compare?from=" + first + "&to=" + first).body());
    assertThat(same.title()).startsWith("Error: ");
    assertThat(same.select(".govuk-error-summary a").eachText())
        .containsExactly("Select two different rounds");
    assertThat(same.select(".govuk-error-summary a").attr("href")).isEqualTo("#to");
    assertThat(same.select("#to-error").text()).contains("Select two different rounds");
    assertThat(same.getElementById("areas")).isNull();

    Document garbled =
        Jsoup.parse(coordinator.get(base() + "/compare?from=last-year&to=" + second).body());
    assertThat(garbled.select(".govuk-error-summary a").eachText())
        .containsExactly("Select a round from the list");
    assertThat(garbled.select("#from").attr("aria-describedby")).isEqualTo("from-error");
  }

  @Test
  void anIdThatIsNotASubmittedBenchmarkOfThisPartnership_isNotFound() {
    String inProgress =
        BenchmarkMeetings.benchmarkId(
                BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 20)))
            .toString();

    assertThat(coordinator.get(base() + "/compare?from=" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(coordinator.get(base() + "/compare?to=" + inProgress).statusCode()).isEqualTo(404);
  }

  @Test
  void theTrendPage_chartsEveryBenchmark_andGivesTheSameRatingsAsATable() {
    Document trend = Jsoup.parse(coordinator.get(base() + "/trend").body());

    Element svg = trend.selectFirst("#chart svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("trend-title trend-desc");
    assertThat(svg.selectFirst("title").text())
        .isEqualTo("Ratings of the 12 areas in 2 benchmarks");
    assertThat(svg.selectFirst("desc").text())
        .contains(
            "a solid circle for Strong",
            "a striped square for Developing",
            "a cross-hatched triangle for Priority for improvement");
    assertThat(svg.select(".app-trend__panel")).hasSize(12);
    assertThat(svg.select(".app-trend__panel").get(0).select(".app-trend__marker")).hasSize(2);
    assertThat(svg.select(".app-trend__marker--solid"))
        .as("Strong: the key, 8 areas then 6")
        .hasSize(1 + 8 + 6);

    assertThat(trend.select("#rounds li").eachText())
        .containsExactly("Benchmark 1: 3 November 2025", "Benchmark 2: 2 November 2026");
    assertThat(trend.select("#trend-table thead th").eachText())
        .containsExactly("Area", "3 November 2025", "2 November 2026", "Since the first");
    assertThat(trend.select("#trend-T01 td").eachText())
        .containsExactly("Strong 83%", "Developing 67%", "Got worse");
    assertThat(trend.select("#trend-T03 td").eachText())
        .containsExactly("Priority for improvement 0%", "Developing 50%", "Improved");
  }

  @Test
  void theHistoryPageAndTheHomePage_linkToTheComparisonAndTheChart() {
    Document history = Jsoup.parse(coordinator.get(base()).body());
    assertThat(history.select("#change-over-time a").eachAttr("href"))
        .containsExactly(base() + "/compare", base() + "/trend");
    Document home = Jsoup.parse(coordinator.get("/partnerships/" + partnershipId).body());
    assertThat(home.select("#stage-one a").eachAttr("href"))
        .contains(base() + "/compare", base() + "/trend");
  }

  @Test
  void aMemberOfAnotherPartnership_getsNotFound_evenWithThisPartnershipsOwnBenchmarks() {
    SiteVisitor other = users.signedIn(url(""), users.givenAccount("Otto Outsider"));
    UUID own = BenchmarkMeetings.givenPartnership(other, "Outsider's Own Partnership");

    for (String path :
        List.of(
            base() + "/compare",
            base() + "/trend",
            base() + "/compare?from=" + first + "&to=" + second)) {
      HttpResponse<String> response = other.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).doesNotContain("Eastshire");
    }
    // In their own partnership, these benchmarks' ids are simply not found.
    String ownBase = "/partnerships/" + own + "/benchmarks";
    assertThat(other.get(ownBase + "/compare?from=" + first + "&to=" + second).statusCode())
        .isEqualTo(404);
    assertThat(other.get(ownBase + "/compare?to=" + second).statusCode()).isEqualTo(404);
    assertThat(other.get(ownBase + "/compare").statusCode()).isEqualTo(200);
    assertThat(other.get(ownBase + "/trend").statusCode()).isEqualTo(200);
  }

  private String base() {
    return "/partnerships/" + partnershipId + "/benchmarks";
  }

  /** Each area's row of the comparison, by the area's id: the two ratings and the change. */
  static Map<String, List<String>> rows(Document page) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    page.select("#areas tbody tr")
        .forEach(row -> rows.put(row.id().replace("area-", ""), row.select("td").eachText()));
    return rows;
  }

  private List<List<String>> changedAnswers(String areaId) {
    List<List<String>> answers = new ArrayList<>();
    page.select("#answers-" + areaId + " tbody tr")
        .forEach(row -> answers.add(row.select("td").eachText()));
    return answers;
  }
}
