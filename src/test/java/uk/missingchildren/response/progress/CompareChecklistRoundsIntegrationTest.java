package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Three rounds of the return home interviews checklist, rated through the real pages: the first
 * rates all 15 items, the second starts from it and changes six, the third has only been started.
 * Worked by hand: R01 (Not met to Partly met) and A03 (Don't know to Fully met) are better met; R04
 * (Fully met to Not met) is less well met; R05 (impact only) and G01 (Not met to Don't know, both
 * scoring nothing) are unchanged; G02 did not apply in the first round and is not compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareChecklistRoundsIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";

  /** Round one: section, extent and impact of each item. */
  static final String[][] ROUND_ONE = {
    {"T05-R01", "required", "not_met", "high"},
    {"T05-R02", "required", "dont_know", "high"},
    {"T05-R03", "required", "partly_met", "high"},
    {"T05-R04", "required", "fully_met", "high"},
    {"T05-R05", "required", "partly_met", "medium"},
    {"T05-R06", "required", "fully_met", "medium"},
    {"T05-G01", "good-practice", "not_met", "medium"},
    {"T05-G02", "good-practice", "not_applicable", null},
    {"T05-G03", "good-practice", "partly_met", "low"},
    {"T05-G04", "good-practice", "fully_met", "low"},
    {"T05-G05", "good-practice", "partly_met", "medium"},
    {"T05-G06", "good-practice", "not_met", "low"},
    {"T05-A01", "additional-resources", "not_met", "high"},
    {"T05-A02", "additional-resources", "partly_met", "medium"},
    {"T05-A03", "additional-resources", "dont_know", "low"}
  };

  /** Round two, started from round one: only the items that change. */
  static final String[][] ROUND_TWO = {
    {"T05-R01", "required", "partly_met", "high"},
    {"T05-R04", "required", "not_met", "high"},
    {"T05-R05", "required", "partly_met", "high"},
    {"T05-G01", "good-practice", "dont_know", "medium"},
    {"T05-G02", "good-practice", "fully_met", "low"},
    {"T05-A03", "additional-resources", "fully_met", "low"}
  };

  @Autowired TestUsers users;

  private SiteVisitor coordinator;
  private UUID partnershipId;
  private UUID first;
  private UUID second;
  private UUID third;
  private Document page;

  @BeforeAll
  void givenThreeRoundsOfOneChecklist() {
    coordinator = users.signedIn(url(""), users.givenAccount("Rory Rounds"));
    partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Southshire Rounds Partnership");
    first =
        Rounds.givenCompletedReview(
            coordinator, partnershipId, AREA, LocalDate.of(2025, 11, 10), "blank", ROUND_ONE);
    second =
        Rounds.givenCompletedReview(
            coordinator, partnershipId, AREA, LocalDate.of(2026, 5, 11), "last", ROUND_TWO);
    third =
        ChecklistMeetings.reviewId(
            ChecklistMeetings.start(
                coordinator, partnershipId, AREA, LocalDate.of(2026, 11, 16), "blank"));
    page = Jsoup.parse(coordinator.get(base() + "?from=" + first + "&to=" + second).body());
  }

  @Test
  void eachItem_showsItsExtentMetInBothRounds_andWhetherItIsBetterOrLessWellMet() {
    assertThat(page.selectFirst("h1").text()).isEqualTo("Compare two rounds of a checklist");
    assertThat(page.select("#section-required thead th").eachText().subList(0, 3))
        .containsExactly("Extent met", "Round 1", "Round 2");
    Map<String, List<String>> items = items(page);
    assertThat(items).hasSize(15);
    assertThat(items.get("T05-R01")).containsExactly("Not met", "Partly met", "Better met");
    assertThat(items.get("T05-R02")).containsExactly("Don't know", "Don't know", "Unchanged");
    assertThat(items.get("T05-R04")).containsExactly("Fully met", "Not met", "Less well met");
    assertThat(items.get("T05-R05"))
        .as("a changed impact alone")
        .containsExactly("Partly met", "Partly met", "Unchanged");
    assertThat(items.get("T05-G01")).containsExactly("Not met", "Don't know", "Unchanged");
    assertThat(items.get("T05-G02")).containsExactly("Not applicable", "Fully met", "Not compared");
    assertThat(items.get("T05-A03")).containsExactly("Don't know", "Fully met", "Better met");
  }

  @Test
  void theCounts_addUpToEveryItem() {
    assertThat(page.select("#summary p").first().text())
        .isEqualTo("2 better met, 1 less well met, 11 unchanged, 1 not compared.");
    assertThat(page.select("#count-IMPROVED").text()).isEqualTo("2 Better met");
    assertThat(page.select("#count-WORSE").text()).isEqualTo("1 Less well met");
    assertThat(page.select("#count-SAME").text()).isEqualTo("11 Unchanged");
    assertThat(page.select("#count-NOT_COMPARED").text()).isEqualTo("1 Not compared");
  }

  @Test
  void eachSection_countsItsItemsByExtentMet_inBothRounds() {
    Element counts = page.selectFirst("#section-required .app-compare-counts");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    counts
        .select("tbody tr")
        .forEach(row -> rows.put(row.selectFirst("th").text(), row.select("td").eachText()));

    assertThat(rows)
        .containsExactly(
            Map.entry("Fully met", List.of("2", "1")),
            Map.entry("Partly met", List.of("2", "3")),
            Map.entry("Not met", List.of("1", "1")),
            Map.entry("Don't know", List.of("1", "1")),
            Map.entry("Not applicable", List.of("0", "0")),
            Map.entry("Not rated", List.of("0", "0")));
  }

  @Test
  void everyRound_showsTheShareOfItemsFullyMet() {
    // Round 1: R04, R06, G04 of the 14 that apply. Round 2: R06, G02, G04, A03 of 15. Round 3: none
    // rated yet.
    assertThat(
            page.select("#fully-met tbody tr").stream()
                .map(row -> row.select("th, td").eachText())
                .toList())
        .containsExactly(
            List.of("1", "10 November 2025", "Completed", "21%"),
            List.of("2", "11 May 2026", "Completed", "27%"),
            List.of("3", "16 November 2026", "In progress", "0%"));
  }

  @Test
  void withNothingChosen_comparesTheRoundInProgressWithTheRoundBefore() {
    Document latest = Jsoup.parse(coordinator.get(base()).body());

    assertThat(latest.select("#from option[selected]").attr("value")).isEqualTo(second.toString());
    assertThat(latest.select("#to option[selected]").attr("value")).isEqualTo(third.toString());
    assertThat(latest.select("#to option").eachText())
        .containsExactly(
            "Round 1: 10 November 2025 (completed)",
            "Round 2: 11 May 2026 (completed)",
            "Round 3: 16 November 2026 (in progress)");
    assertThat(items(latest).get("T05-R01"))
        .containsExactly("Partly met", "Not rated", "Not compared");
    assertThat(latest.select("#count-NOT_COMPARED").text()).isEqualTo("15 Not compared");
  }

  @Test
  void theHubAndTheRoundsPage_linkToTheComparison() {
    Document hub =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/checklists").body());
    assertThat(hub.select("#" + AREA + " a[href='" + base() + "']").text())
        .isEqualTo("Compare two rounds of the Return home interviews checklist");
    assertThat(hub.select("#police-response a[href$=/compare]")).isEmpty();
    Document overview =
        Jsoup.parse(
            coordinator.get("/partnerships/" + partnershipId + "/reviews/" + second).body());
    assertThat(overview.select("#compare-rounds").attr("href")).isEqualTo(base() + "?to=" + second);
  }

  @Test
  void sameRoundTwice_isAnErrorOnTheForm_andAnotherChecklistsOrUnknownRound_isNotFound() {
    Document same =
        Jsoup.parse(coordinator.get(base() + "?from=" + second + "&to=" + second).body());
    assertThat(same.select(".govuk-error-summary a").eachText())
        .containsExactly("Select two different rounds");

    UUID otherChecklist =
        ChecklistMeetings.reviewId(
            ChecklistMeetings.start(
                coordinator,
                partnershipId,
                "police-response",
                LocalDate.of(2026, 11, 16),
                "blank"));
    assertThat(coordinator.get(base() + "?from=" + otherChecklist).statusCode()).isEqualTo(404);
    assertThat(coordinator.get(base() + "?to=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(
            coordinator
                .get("/partnerships/" + partnershipId + "/checklists/no-such-area/compare")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMemberOfAnotherPartnership_getsNotFound_evenWithThisPartnershipsOwnRounds() {
    SiteVisitor other = users.signedIn(url(""), users.givenAccount("Olive Outsider"));
    UUID own = BenchmarkMeetings.givenPartnership(other, "Olive's Own Partnership");

    HttpResponse<String> theirs = other.get(base() + "?from=" + first + "&to=" + second);
    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(theirs.body()).doesNotContain("Southshire");
    assertThat(other.get(base()).statusCode()).isEqualTo(404);
    String ownBase = "/partnerships/" + own + "/checklists/" + AREA + "/compare";
    assertThat(other.get(ownBase + "?from=" + first + "&to=" + second).statusCode()).isEqualTo(404);
    assertThat(other.get(ownBase + "?to=" + second).statusCode()).isEqualTo(404);
    assertThat(other.get(ownBase).statusCode()).isEqualTo(200);
  }

  private String base() {
    return "/partnerships/" + partnershipId + "/checklists/" + AREA + "/compare";
  }

  private static Map<String, List<String>> items(Document page) {
    Map<String, List<String>> items = new LinkedHashMap<>();
    page.select(".app-compare-items tbody tr")
        .forEach(row -> items.put(row.id().replace("item-", ""), row.select("td").eachText()));
    return items;
  }
}
