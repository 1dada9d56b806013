package uk.missingchildren.response.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/** The stage-two pages over HTTP: the hub, starting a round, rating items, completing. */
class ReviewPagesIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";
  private static final List<String> REQUIRED =
      List.of("T05-R01", "T05-R02", "T05-R03", "T05-R04", "T05-R05", "T05-R06");

  @Autowired TestUsers users;

  @Test
  void theHub_listsAllTwelveChecklists_withTheStageOnePrioritiesFirstInOrder() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    Map<String, String> answers = new HashMap<>();
    List.of("Q10", "Q11", "Q12").forEach(q -> answers.put(q, "no"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(coordinator, "Hub Partnership", answers);
    String partnership = benchmark.substring(0, benchmark.indexOf("/benchmarks"));

    Document hub = Jsoup.parse(coordinator.get(partnership + "/checklists").body());

    assertThat(hub.select("#checklists > li")).hasSize(12);
    assertThat(hub.select("#priorities a").eachAttr("href"))
        .as("one click starts the priority checklist")
        .containsExactly(partnership + "/checklists/" + AREA + "/reviews/new");
    assertThat(hub.select("#priorities a").text())
        .isEqualTo("Start the Return home interviews checklist");
    assertThat(hub.select("#checklists > li").first().id())
        .as("the priority areas come first")
        .isEqualTo(AREA);
    assertThat(hub.select("#" + AREA + " .govuk-task-list__hint").text())
        .contains("Priority 1", "Blank PDF", "Blank Word");
    assertThat(hub.select("#" + AREA + "-status").text()).isEqualTo("Not started");
    assertThat(hub.select("#" + AREA + " a.govuk-task-list__link").attr("href"))
        .isEqualTo(partnership + "/checklists/" + AREA + "/reviews/new");
  }

  @Test
  void notApplicableWithoutAReason_isRejectedWithAClearError_andWhatWasTypedIsKept() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String review = givenReview(coordinator);

    HttpResponse<String> response =
        ChecklistMeetings.rate(
            coordinator,
            review,
            "required",
            "T05-R01",
            "not_applicable",
            null,
            "",
            "We checked the protocol");

    Document page = Jsoup.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter why this standard does not apply in your area");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#T05-R01-reason");
    assertThat(page.select("#T05-R01-reason-error").text())
        .contains("Enter why this standard does not apply");
    assertThat(page.select("#T05-R01-evidence").text()).isEqualTo("We checked the protocol");
    assertThat(page.select("form[id=T05-R01] input[name=extent][checked]").val())
        .isEqualTo("not_applicable");

    HttpResponse<String> withReason =
        ChecklistMeetings.rate(
            coordinator,
            review,
            "required",
            "T05-R01",
            "not_applicable",
            null,
            "No children are placed here",
            "We checked the protocol");
    assertThat(withReason.headers().firstValue("Location").orElseThrow())
        .endsWith(review + "/sections/required#T05-R02");
  }

  @Test
  void eachItemIsAFieldsetWithItsStandardAsTheLegend_andEveryIdOnThePageIsUnique() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String review = givenReview(coordinator);

    Document page = Jsoup.parse(coordinator.get(review + "/sections/required").body());

    assertThat(page.select("form.app-review-item")).hasSize(REQUIRED.size());
    assertThat(page.select("form[id=T05-R01] > fieldset > legend h2").text())
        .startsWith("T05-R01: ");
    assertThat(page.select("form[id=T05-R01] fieldset fieldset legend").eachText())
        .containsExactly(
            "How far does your area meet this standard?",
            "How much impact does this have on children's experience of the response?");
    List<String> ids = page.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(page.select("label[for]").eachAttr("for"))
        .allSatisfy(id -> assertThat(ids).contains(id));
  }

  @Test
  void aBackgroundSaveFromAnOutOfDatePage_isAConflict_andTheItemShowsBothVersions() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String review = givenReview(coordinator);
    Document section = Jsoup.parse(coordinator.get(review + "/sections/required").body());
    String token = section.selectFirst("form[id=T05-R02] input[name=_csrf]").val();
    String item = review + "/items/T05-R02";
    assertThat(
            coordinator
                .postForJson(
                    item,
                    Map.of(
                        "_csrf", token, "extent", "partly_met", "impact", "high", "revision", ""))
                .body())
        .contains("\"status\":\"saved\"", "\"revision\":0");
    coordinator.postForJson(
        item,
        Map.of(
            "_csrf",
            token,
            "extent",
            "partly_met",
            "impact",
            "high",
            "evidence",
            "More",
            "revision",
            "0"));

    HttpResponse<String> stale =
        coordinator.postForJson(
            item, Map.of("_csrf", token, "extent", "not_met", "impact", "low", "revision", "0"));
    assertThat(stale.statusCode()).isEqualTo(409);
    HttpResponse<String> page =
        coordinator.submitForm(
            section,
            "form[id=T05-R02]",
            Map.of("extent", "not_met", "impact", "low", "evidence", "Mine"));

    Document conflict = Jsoup.parse(page.body());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(conflict.select("#T05-R02-conflict").text()).contains("More", "Mine");
    assertThat(conflict.select("#T05-R02-conflict tbody tr").first().text())
        .as("ratings in the framework's words, not their codes")
        .isEqualTo("How far it is met Partly met Not met");
    assertThat(conflict.select("#T05-R02-evidence").text()).isEqualTo("Mine");
    assertThat(conflict.select("form[id=T05-R02] input[name=revision]").val()).isEqualTo("1");
  }

  @Test
  void
      aReviewIsCompletedOnceEveryItemIsRated_thenItsReportIsNext_andStartingAgainJoinsTheRoundInProgress() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Complete Pages Partnership");
    Document startPage =
        Jsoup.parse(
            coordinator
                .get("/partnerships/" + partnershipId + "/checklists/" + AREA + "/reviews/new")
                .body());
    Map<String, String> meeting =
        Map.of(
            "meetingDay",
            "9",
            "meetingMonth",
            "11",
            "meetingYear",
            "2026",
            "facilitator",
            "Fran Facilitator",
            "noteTaker",
            "Nat Notes",
            "startFrom",
            "blank");
    String review =
        ChecklistMeetings.reviewPath(
            coordinator
                .submitForm(startPage, "#start-review", meeting)
                .headers()
                .firstValue("Location")
                .orElseThrow());
    String again =
        ChecklistMeetings.reviewPath(
            coordinator
                .submitForm(startPage, "#start-review", meeting)
                .headers()
                .firstValue("Location")
                .orElseThrow());
    assertThat(again).as("pressing Start twice gives one round").isEqualTo(review);
    assertThat(
            coordinator
                .get("/partnerships/" + partnershipId + "/checklists/" + AREA + "/reviews/new")
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("the start page leads to the round in progress")
        .endsWith(review);

    HttpResponse<String> early =
        coordinator.submitForm(review + "/complete", "#complete-review", Map.of());
    assertThat(Jsoup.parse(early.body()).select(".govuk-error-summary a")).hasSize(15);
    for (String id : REQUIRED) {
      ChecklistMeetings.rate(coordinator, review, "required", id, "partly_met", "high", null, null);
    }
    for (int i = 1; i <= 6; i++) {
      ChecklistMeetings.rate(
          coordinator, review, "good-practice", "T05-G0" + i, "fully_met", "medium", null, null);
    }
    for (int i = 1; i <= 3; i++) {
      ChecklistMeetings.rate(
          coordinator, review, "additional-resources", "T05-A0" + i, "not_met", "low", null, null);
    }
    assertThat(Jsoup.parse(coordinator.get(review).body()).select("#progress").text())
        .isEqualTo("15 of 15 items rated");

    HttpResponse<String> completed =
        coordinator.submitForm(review + "/complete", "#complete-review", Map.of());

    assertThat(completed.headers().firstValue("Location").orElseThrow())
        .endsWith(review + "/report");
    HttpResponse<String> afterwards =
        ChecklistMeetings.rate(
            coordinator, review, "required", "T05-R01", "not_met", "high", null, null);
    assertThat(afterwards.headers().firstValue("Location").orElseThrow())
        .endsWith(review + "?locked");
    Document hub =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/checklists").body());
    assertThat(hub.select("#" + AREA + "-status").text()).startsWith("Completed on");
  }

  private String givenReview(SiteVisitor coordinator) {
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Review Pages Partnership");
    return ChecklistMeetings.start(
        coordinator, partnershipId, AREA, LocalDate.of(2026, 11, 9), "blank");
  }
}
