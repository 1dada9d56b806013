package uk.missingchildren.response.agencyviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/** The same views before a checklist review: each agency rates the items as its own view. */
class ChecklistReviewViewsIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";

  @Autowired TestUsers users;

  @Test
  void twoAgenciesRateAnItemApart_theSectionShowsIt_andTheReviewReportCarriesADifferentView() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Rita Reviews"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Review Views");
    String review =
        ChecklistMeetings.start(coordinator, partnershipId, AREA, LocalDate.now(), "blank");
    assertThat(Jsoup.parse(coordinator.get(review).body()).select("#ask-for-views").attr("href"))
        .isEqualTo(review + "/views");
    LocalDate due = LocalDate.now().plusDays(3);
    coordinator.submitForm(
        review + "/views",
        "#ask-form",
        Map.of(
            "dueDay", String.valueOf(due.getDayOfMonth()),
            "dueMonth", String.valueOf(due.getMonthValue()),
            "dueYear", String.valueOf(due.getYear()),
            "shown", "agencies"));
    SiteVisitor interviews =
        follow(link(coordinator, review, "Ria", "RETURN_HOME_INTERVIEW_SERVICE"));
    SiteVisitor police = follow(link(coordinator, review, "Pat", "POLICE"));

    Document start = Jsoup.parse(interviews.get(path(interviews)).body());
    assertThat(start.select("#views-progress").text()).isEqualTo("You have rated 0 of 15 items");
    String firstItem = start.select("#your-questions a").first().attr("href");
    assertThat(firstItem).endsWith("/questions/T05-R01");
    Document itemPage = Jsoup.parse(interviews.get(firstItem).body());
    assertThat(itemPage.select("input[name=answer]").eachAttr("value"))
        .contains("fully_met", "partly_met", "not_met", "dont_know");
    give(interviews, "T05-R01", "not_met");
    give(police, "T05-R01", "fully_met");
    HttpResponse<String> blank =
        interviews.submitForm(path(interviews) + "/questions/T05-R02", "main form", Map.of());
    assertThat(Jsoup.parse(blank.body()).select(".govuk-error-summary").text())
        .contains("Select how far the area meets it, or \"Don't know\"");

    Document spread = Jsoup.parse(coordinator.get(review + "/views/spread").body());
    assertThat(spread.select("#spread-summary").text())
        .isEqualTo(
            "2 of the 2 people asked have given views. The agencies are far apart on 1 item"
                + " and differ somewhat on none.");
    assertThat(spread.select("#spread-table tbody tr").first().text())
        .contains("Far apart", "Police: Fully met", "Return home interview service: Not met");
    Document section = Jsoup.parse(coordinator.get(review + "/sections/required").body());
    assertThat(section.select("#T05-R01-agency-views").text())
        .contains("Far apart", "Police: Fully met");

    Map<String, String> rating = new LinkedHashMap<>();
    rating.put("extent", "partly_met");
    rating.put("impact", "high");
    rating.put("reason", "");
    rating.put("evidence", "");
    rating.put("then", "different-view");
    HttpResponse<String> toRecord =
        coordinator.submitForm(review + "/sections/required", "form[id='T05-R01']", rating);
    assertThat(toRecord.headers().firstValue("Location").orElseThrow())
        .endsWith(review + "/different-views/T05-R01");
    HttpResponse<String> recorded =
        coordinator.submitForm(
            review + "/different-views/T05-R01",
            "main form:has(textarea)",
            Map.of(
                "differentAgency",
                "RETURN_HOME_INTERVIEW_SERVICE",
                "differentView",
                "Interviews are not offered within 72 hours"));
    assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("#T05-R01");
    assertThat(
            Jsoup.parse(coordinator.get(review + "/sections/required").body())
                .select("#T05-R01-different-views")
                .text())
        .contains("Return home interview service: Interviews are not offered within 72 hours");

    rateEverything(coordinator, review);
    HttpResponse<String> completed =
        coordinator.submitForm(review + "/complete", "#complete-review", Map.of());
    assertThat(completed.headers().firstValue("Location").orElseThrow()).endsWith("/report");
    String report =
        Jsoup.parse(coordinator.get(review + "/report").body()).select("#agency-views").text();
    assertThat(report)
        .contains(
            "T05-R01:",
            "How far apart: Far apart",
            "Police: Fully met",
            "The group agreed: Partly met",
            "Return home interview service: Interviews are not offered within 72 hours");
    assertThat(DocumentText.ofPdf(coordinator.getBytes(review + "/report.pdf").body()))
        .contains("Interviews are not offered within 72 hours");
    assertThat(DocumentText.ofWord(coordinator.getBytes(review + "/report.docx").body()))
        .contains("Interviews are not offered within 72 hours", "Police: Fully met");
  }

  private static void rateEverything(SiteVisitor coordinator, String review) {
    for (String section : new String[] {"required", "good-practice", "additional-resources"}) {
      Document page = Jsoup.parse(coordinator.get(review + "/sections/" + section).body());
      for (var form : page.select("form.app-review-item")) {
        if (form.select("input[name=extent][checked]").isEmpty()) {
          ChecklistMeetings.rate(
              coordinator, review, section, form.id(), "fully_met", "medium", null, null);
        }
      }
    }
  }

  private String link(SiteVisitor coordinator, String review, String name, String agency) {
    coordinator.submitForm(
        review + "/views", "#person-form", Map.of("name", name, "agency", agency, "email", ""));
    return Jsoup.parse(coordinator.get(review + "/views").body()).select("#given-link").text();
  }

  private final Map<SiteVisitor, String> starts = new java.util.IdentityHashMap<>();

  private SiteVisitor follow(String link) {
    SiteVisitor visitor = new SiteVisitor(url(""));
    HttpResponse<String> followed =
        visitor.submitForm(link.replaceAll("^https?://[^/]+", ""), "main form", Map.of());
    starts.put(
        visitor,
        followed.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""));
    return visitor;
  }

  private String path(SiteVisitor visitor) {
    return starts.get(visitor);
  }

  private void give(SiteVisitor visitor, String item, String answer) {
    HttpResponse<String> saved =
        visitor.submitForm(
            path(visitor) + "/questions/" + item,
            "main form",
            Map.of("answer", answer, "reason", ""));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }
}
