package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The dashboard, both comparisons and the ratings chart in a real browser, in each display mode,
 * every page scanned by axe. The partnership's history (two benchmarks, two rounds of a checklist)
 * is made once over HTTP; the browser only reads, and uses the comparison form with the keyboard.
 */
class ChangeOverTimeBrowserTest extends JourneyBrowserTest {

  private static final String AREA = "return-home-interviews";

  private static Account coordinator;
  private static UUID partnershipId;
  private static UUID firstBenchmark;

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void theDashboardComparisonsAndChart_areAccessible(String mode) {
    givenAPartnershipWithHistory();
    String home = "/partnerships/" + partnershipId;
    startIn(mode);
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);

    open(home);
    assertThat(heading()).isEqualTo("Change Over Time Partnership");
    assertThat(driver.findElements(By.cssSelector("#latest-ratings tbody tr"))).hasSize(12);
    scan("/partnerships/{id} (dashboard)");

    keyboard.follow(By.cssSelector("#stage-one a[href='" + home + "/benchmarks/compare']"));
    assertThat(heading()).isEqualTo("Compare two benchmarks");
    scan("/benchmarks/compare");
    new Select(driver.findElement(By.id("to"))).selectByValue(firstBenchmark.toString());
    keyboard.follow(By.cssSelector("#compare-form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/benchmarks/compare (with errors)"))
        .containsExactly("#to");
    scan("/benchmarks/compare (with errors)");

    open(home + "/benchmarks/trend");
    assertThat(driver.findElement(By.cssSelector("#chart svg")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("#chart svg")).getDomAttribute("font-size"))
        .isEqualTo("low-vision".equals(mode) ? "24" : "19");
    scan("/benchmarks/trend");

    open(home + "/checklists");
    scan("/checklists (with a comparison link)");
    keyboard.follow(By.cssSelector("#" + AREA + " a[href$='/compare']"));
    assertThat(heading()).isEqualTo("Compare two rounds of a checklist");
    assertThat(driver.findElements(By.cssSelector(".app-compare-items tbody tr"))).hasSize(15);
    scan("/checklists/{slug}/compare");
  }

  /**
   * Two submitted benchmarks and two completed rounds of one checklist, made once for both modes.
   */
  private void givenAPartnershipWithHistory() {
    if (partnershipId != null) {
      return;
    }
    coordinator = users.givenAccount("Bea Browser");
    SiteVisitor visitor = users.signedIn(url(""), coordinator);
    partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Change Over Time Partnership");
    firstBenchmark =
        Rounds.givenSubmittedBenchmark(
            visitor,
            partnershipId,
            LocalDate.of(2025, 11, 3),
            CompareBenchmarksIntegrationTest.FIRST);
    Rounds.givenSubmittedBenchmark(
        visitor, partnershipId, LocalDate.of(2026, 11, 2), CompareBenchmarksIntegrationTest.SECOND);
    Rounds.givenCompletedReview(
        visitor,
        partnershipId,
        AREA,
        LocalDate.of(2025, 11, 10),
        "blank",
        CompareChecklistRoundsIntegrationTest.ROUND_ONE);
    Rounds.givenCompletedReview(
        visitor,
        partnershipId,
        AREA,
        LocalDate.of(2026, 11, 9),
        "last",
        CompareChecklistRoundsIntegrationTest.ROUND_TWO);
  }
}
