package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.givenAccount;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.support.Axe;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.Browser;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestDatabase;

/**
 * The pages that tell a partnership what changed when it moves from framework 2026.1 to 2026.2, and
 * a 2026.2 report, as people see them: in both display modes, at a desktop, a 1024×768 projector
 * and a phone width, with no axe violations and nothing cut off at the right edge.
 */
class FrameworkVersionPagesBrowserTest {

  private static final String EMAIL = "version.pages@example.org";
  private static final String PASSWORD = "orchard pencil thunder";
  private static final List<Dimension> SIZES =
      List.of(new Dimension(1280, 900), new Dimension(1024, 768), new Dimension(390, 844));

  @Test
  void whatChangedSince2026_1_andA2026_2Report_holdTheirLayoutWithNoAxeViolations() {
    TestDatabase.Connection database = persistentDatabase();
    String benchmark;
    String review;
    UUID partnershipId;
    SiteVisitor coordinator;
    try (ConfigurableApplicationContext on2026_1 =
        start(database, "--app.framework.current=2026.1")) {
      givenAccount(on2026_1, EMAIL, PASSWORD);
      coordinator = new SiteVisitor(baseUrl(on2026_1));
      coordinator.submitForm("/sign-in", "main form", Map.of("email", EMAIL, "password", PASSWORD));
      benchmark =
          BenchmarkMeetings.givenSubmittedBenchmark(
              coordinator, "Version Pages Partnership", Map.of("Q10", "partly"));
      partnershipId =
          UUID.fromString(benchmark.replaceAll("^/partnerships/([0-9a-f-]{36})/.*$", "$1"));
      review =
          ChecklistMeetings.start(
              coordinator, partnershipId, "health", LocalDate.of(2026, 11, 9), "blank");
      Framework health = on2026_1.getBean(FrameworkCatalogue.class).version("2026.1").orElseThrow();
      for (ChecklistItem item : health.theme("health").orElseThrow().checklist().items()) {
        ChecklistMeetings.rate(
            coordinator,
            review,
            item.section().key().replace('_', '-'),
            item.id(),
            "partly_met",
            "high",
            null,
            null);
      }
      coordinator.submitForm(review + "/complete", "#complete-review", Map.of());
    }

    try (ConfigurableApplicationContext on2026_2 =
        start(database, "--app.framework.current=2026.2")) {
      String base = baseUrl(on2026_2);
      coordinator.moveTo(base);
      String next = BenchmarkMeetings.startFrom(coordinator, benchmark, LocalDate.of(2027, 5, 3));
      String nextRound =
          ChecklistMeetings.start(
              coordinator, partnershipId, "health", LocalDate.of(2027, 5, 10), "last");
      String current =
          BenchmarkMeetings.givenSubmittedBenchmark(
              coordinator, "Current Version Partnership", Map.of("Q05", "dont_know"));
      List<String> pages =
          List.of(
              next,
              next + "/questions/Q10",
              next + "/questions/Q27",
              nextRound,
              nextRound + "/sections/required",
              nextRound + "/sections/good-practice",
              nextRound + "/summary",
              current + "/report");

      WebDriver driver = Browser.open(true);
      try {
        for (String mode : List.of("standard", "low-vision")) {
          driver.get(base + "/");
          driver.manage().deleteAllCookies();
          driver.manage().addCookie(new Cookie("display_mode", mode));
          driver.get(base + "/sign-in");
          driver.findElement(By.id("email")).sendKeys(EMAIL);
          driver.findElement(By.id("password")).sendKeys(PASSWORD);
          driver.findElement(By.cssSelector("main form button[type=submit]")).click();
          new WebDriverWait(driver, Duration.ofSeconds(15))
              .until(d -> !d.getCurrentUrl().contains("/sign-in"));
          for (String page : pages) {
            for (Dimension size : SIZES) {
              driver.manage().window().setSize(size);
              driver.get(base + page);
              String label = page + " at " + size.getWidth() + " px";
              assertThat(Axe.scanAndLog(driver, label, mode)).as(label).isEmpty();
              assertThat(BrowserTest.beyondTheRightEdge(driver)).as(label).isEmpty();
            }
          }
          driver.manage().window().setSize(new Dimension(1024, 768));
          driver.get(base + next);
          assertThat(driver.findElement(By.id("version-changes")).getText())
              .contains("Questions changed in framework 2026.2");
          scrollTo(driver, "version-changes");
          BrowserTest.saveScreenshot(driver, "version-changes-overview-" + mode + "-1024x768.png");
          driver.get(base + next + "/questions/Q10");
          assertThat(driver.findElement(By.id("version-change")).getText())
              .contains("It used to ask:");
          scrollTo(driver, "version-change");
          BrowserTest.saveScreenshot(driver, "version-changes-question-" + mode + "-1024x768.png");
          driver.get(base + nextRound);
          assertThat(driver.findElement(By.id("version-changes")).getAttribute("textContent"))
              .contains("Items changed in framework 2026.2", "Now covered by T04-G08");
          driver.get(base + nextRound + "/sections/required");
          assertThat(driver.findElement(By.id("T10-R05-version-change")).getText())
              .contains(
                  "New in framework 2026.2.",
                  "It takes the place of T10-G06, which was in \u201cGood practice\u201d");
          assertThat(
                  driver
                      .findElement(By.cssSelector("form[id='T10-R05'] input[value=partly_met]"))
                      .isSelected())
              .as("the rating of the item it replaced is carried over")
              .isTrue();
          scrollTo(driver, "T10-R05-version-change");
          BrowserTest.saveScreenshot(driver, "version-changes-review-" + mode + "-1024x768.png");
          driver.get(base + nextRound + "/summary");
          assertThat(driver.findElement(By.id("required-heading")).getText())
              .isEqualTo("Required items not fully met");
          assertThat(driver.findElement(By.id("required-not-met")).getText())
              .as("carried over partly met, 2026.2 lists them among the required gaps")
              .contains("T10-R01", "Partly met");
          assertThat(driver.findElements(By.cssSelector(".app-priority__tag")))
              .extracting(tag -> tag.getText())
              .contains("Required, partly met");
          driver.get(base + current + "/report");
          assertThat(driver.findElement(By.id("find-out")).getText())
              .contains("What you need to find out");
          scrollTo(driver, "find-out");
          BrowserTest.saveScreenshot(driver, "report-2026-2-" + mode + "-1024x768.png");
        }
      } finally {
        driver.quit();
      }
    }
  }

  private static void scrollTo(WebDriver driver, String id) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id(id)));
  }
}
