package uk.missingchildren.response.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.followup.FollowUpService;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.support.BrowserTest;

/**
 * The demonstration as someone exploring it sees it: the demo account signs in, and the main pages
 * of Eastmoor each say they are a demonstration and pass the axe scan, in both display modes.
 */
@ActiveProfiles("demo")
class DemoBrowserTest extends BrowserTest {

  @Autowired DemoProperties demo;
  @Autowired UserDetailsService users;
  @Autowired PartnershipAccess access;
  @Autowired BenchmarkService benchmarks;
  @Autowired ReviewService reviews;
  @Autowired ActionService actions;
  @Autowired FollowUpService followUps;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theDemoPartnershipsMainPages_sayTheyAreADemonstration_andHaveNoAccessibilityViolations(
      String mode) {
    useDisplayMode(mode);
    open("/");
    assertDemoNotice("/");
    assertNoAccessibilityViolations("/ (demo)", mode);

    open("/sign-in");
    assertDemoNotice("/sign-in");
    signInAsTheDemo();

    for (Map.Entry<String, String> page : mainPages().entrySet()) {
      open(page.getValue());
      assertThat(driver.findElement(By.cssSelector("main h1")).getText())
          .as(page.getKey() + " has a heading")
          .isNotBlank();
      assertDemoNotice(page.getKey());
      assertThat(
              driver
                  .findElement(By.tagName("html"))
                  .getDomAttribute("class")
                  .contains("app-low-vision"))
          .as(page.getKey() + " is drawn in " + mode + " display")
          .isEqualTo("low-vision".equals(mode));
      assertNoAccessibilityViolations(page.getKey() + " (demo)", mode);
    }
  }

  /**
   * Eastmoor has everything filled in, with long texts: its pages with the widest tables hold their
   * layout at 1280 px, 1024×768 and 390 px, in both display modes (issue 16; the pages with fresh
   * data are in {@code LayoutsHoldBrowserTest}).
   */
  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theDemoPagesWithTheWidestTables_holdTheirLayout_atEverySize(String mode) {
    useDisplayMode(mode);
    signInAsTheDemo();
    Map<String, String> pages = mainPages();
    for (String page :
        List.of(
            "/benchmarks/{second}/report",
            "/reviews/{completed}/summary",
            "/reviews/{completed}/report",
            "/actions",
            "/follow-ups/{finished}/minutes",
            "/partnerships/{id} (dashboard)")) {
      assertLayoutHolds(pages.get(page), mode);
    }
  }

  private void signInAsTheDemo() {
    open("/sign-in");
    driver.findElement(By.id("email")).sendKeys(demo.email());
    driver.findElement(By.id("password")).sendKeys(demo.password());
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    // Opening a page before signing in has finished would ask as nobody.
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** Label to path: the pages someone exploring Eastmoor would look at first. */
  private Map<String, String> mainPages() {
    SignedInUser coordinator = (SignedInUser) users.loadUserByUsername(demo.email());
    PartnershipContext eastmoor = access.mine(coordinator).get(0);
    String home = "/partnerships/" + eastmoor.partnershipId();
    List<BenchmarkSummary> rounds = benchmarks.submittedRounds(eastmoor);
    UUID first = rounds.get(0).benchmark().id();
    UUID second = rounds.get(1).benchmark().id();
    Review completed =
        reviews.reviews(eastmoor).stream().filter(Review::completed).findFirst().orElseThrow();
    Action overdue =
        actions.register(eastmoor).stream()
            .filter(action -> action.overdue(actions.today()))
            .findFirst()
            .orElseThrow();
    UUID meeting = followUps.meetings(eastmoor).get(0).id();

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/partnerships", "/partnerships");
    pages.put("/partnerships/{id} (dashboard)", home);
    pages.put("/benchmarks", home + "/benchmarks");
    pages.put("/benchmarks/{first}/report", home + "/benchmarks/" + first + "/report");
    pages.put("/benchmarks/{second}/report", home + "/benchmarks/" + second + "/report");
    pages.put("/benchmarks/compare", home + "/benchmarks/compare?from=" + first + "&to=" + second);
    pages.put("/benchmarks/trend", home + "/benchmarks/trend");
    pages.put("/checklists", home + "/checklists");
    pages.put("/reviews/{completed}/summary", home + "/reviews/" + completed.id() + "/summary");
    pages.put("/reviews/{completed}/report", home + "/reviews/" + completed.id() + "/report");
    pages.put("/actions", home + "/actions");
    pages.put("/actions/{overdue}", home + "/actions/" + overdue.id());
    pages.put("/follow-ups/{finished}", home + "/follow-ups/" + meeting);
    pages.put("/follow-ups/{finished}/minutes", home + "/follow-ups/" + meeting + "/minutes");
    pages.put("/reminders", home + "/reminders");
    return pages;
  }

  private void assertDemoNotice(String page) {
    List<WebElement> notice = driver.findElements(By.id("demo-notice"));
    assertThat(notice).as("the demonstration notice on " + page).hasSize(1);
    assertThat(notice.get(0).isDisplayed()).isTrue();
    assertThat(notice.get(0).getText()).contains("fictional");
  }
}
