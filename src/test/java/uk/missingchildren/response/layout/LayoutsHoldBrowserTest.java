package uk.missingchildren.response.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Pages people use on a projector, a small laptop and a phone hold their layout: at 1280 px,
 * 1024×768 and 390 px wide, in both display modes, nothing makes the page scroll sideways and every
 * column's information is shown, with axe finding nothing.
 */
class LayoutsHoldBrowserTest extends BrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theActionPlan_withProposalsAndActions_neverScrollsSideways_andShowsEveryColumn(String mode) {
    Account coordinator = users.givenAccount("Lou Layout " + mode);
    SiteVisitor visitor = users.signedIn(url(""), coordinator);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Layout Partnership " + mode);
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.answer(
        visitor, benchmark, "Q10", "no", "", "Offer every child an independent interview");
    BenchmarkMeetings.answer(
        visitor,
        benchmark,
        "Q13",
        "partly",
        "",
        "Set up a panel for children who go missing often");
    agree(visitor, partnershipId, benchmark, "Q10");
    String plan = "/partnerships/" + partnershipId + "/actions";

    signIn(coordinator, mode);

    try {
      for (Dimension size : LAYOUT_SIZES) {
        driver.manage().window().setSize(size);
        open(plan);
        String label = plan + " at " + size.getWidth() + " px";
        assertThat(scrollsSideways()).as(label + ": scrolls sideways").isFalse();
        assertThat(beyondTheRightEdge())
            .as(label + ": cut off, or in a box that scrolls sideways")
            .isEmpty();
        String shown = driver.findElement(By.tagName("main")).getText();
        assertThat(shown)
            .as(label + ": every column's information is shown")
            .contains(
                "Offer every interview within 72 hours",
                "Lee Lead",
                "The partnership",
                "Not started",
                "Set up a panel for children who go missing often");
        assertNoAccessibilityViolations(label, mode);
      }
    } finally {
      driver.manage().window().setSize(LAYOUT_SIZES.get(0));
    }
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theReport_theReviewSummary_andAQuestion_neverScrollSideways(String mode) {
    Account coordinator = users.givenAccount("Rae Report " + mode);
    SiteVisitor visitor = users.signedIn(url(""), coordinator);
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            visitor, "Report Layout Partnership " + mode, Map.of("Q10", "no", "Q11", "dont_know"));
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    String review =
        ChecklistMeetings.start(
            visitor, partnershipId, "return-home-interviews", LocalDate.of(2026, 11, 9), "blank");
    ChecklistMeetings.rate(
        visitor, review, "required", "T05-R01", "not_met", "high", "Reason", "Evidence");
    ChecklistMeetings.rate(
        visitor, review, "required", "T05-R02", "dont_know", "medium", "Reason", "Evidence");
    String nextBenchmark =
        BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2027, 1, 9));
    signIn(coordinator, mode);

    for (String page :
        List.of(benchmark + "/report", review + "/summary", benchmark + "/questions/Q05")) {
      assertLayoutHolds(page, mode);
    }
    // Meetings in progress, with the link to follow them on another device.
    for (String overview : List.of(review, nextBenchmark)) {
      assertLayoutHolds(overview, mode);
      assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("#follow-link a")).getText())
          .isEqualTo("Follow this meeting on your own device");
    }
  }

  private static void agree(
      SiteVisitor visitor, UUID partnershipId, String benchmark, String questionId) {
    LocalDate due = LocalDate.now().plusMonths(3);
    String agree =
        "/partnerships/"
            + partnershipId
            + "/actions/proposed/"
            + BenchmarkMeetings.benchmarkId(benchmark)
            + "/"
            + questionId
            + "/agree";
    assertThat(
            visitor
                .submitForm(
                    agree,
                    "#agree-proposal",
                    Map.of(
                        "title", "Offer every interview within 72 hours",
                        "description", "Every child is offered an interview",
                        "owner", "PARTNERSHIP",
                        "leadPerson", "Lee Lead",
                        "dueDay", String.valueOf(due.getDayOfMonth()),
                        "dueMonth", String.valueOf(due.getMonthValue()),
                        "dueYear", String.valueOf(due.getYear()),
                        "successMeasure", "An audit of 20 returns"))
                .statusCode())
        .isEqualTo(302);
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theAttendeesPageWithLastTimeAndTheList_andThePeoplePage_neverScrollSideways(String mode) {
    Account coordinator = users.givenAccount("Pia People " + mode);
    SiteVisitor visitor = users.signedIn(url(""), coordinator);
    String first =
        BenchmarkMeetings.givenSubmittedBenchmark(visitor, "People Layout " + mode, Map.of());
    UUID partnershipId = UUID.fromString(first.split("/")[2]);
    String second = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2027, 5, 3));
    signIn(coordinator, mode);

    open(second + "/attendees");
    assertThat(
            driver.findElements(By.cssSelector("#last-time li, #choose-people input[name=people]")))
        .as("both ways to add people are on the page")
        .hasSize(4);
    assertLayoutHolds(second + "/attendees", mode);
    assertLayoutHolds("/partnerships/" + partnershipId + "/people", mode);
  }
}
