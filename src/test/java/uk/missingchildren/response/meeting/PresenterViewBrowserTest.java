package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The presenter view on a 1024×768 projector, in both display modes: entered with one button from a
 * question, it shows the question, its hint and every answer on the first screen, answers and moves
 * on from the keyboard alone (never while typing in a box), passes axe, and is left with one
 * button.
 */
class PresenterViewBrowserTest extends BrowserTest {

  /** 768 px less the 88 px of a browser's tab strip and address bar. */
  private static final long FIRST_SCREEN = 680;

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aQuestion_fitsTheFirstScreenOfAProjector_andIsAnsweredFromTheKeyboard(String mode) {
    Account facilitator = users.givenAccount("Fay Presenter " + mode);
    SiteVisitor visitor = users.signedIn(url(""), facilitator);
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(visitor, "Presenter Partnership " + mode);
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2027, 3, 1));
    signIn(facilitator, mode);
    projectorScreen();
    try {
      open(benchmark + "/questions/Q05");
      driver.findElement(By.cssSelector(".app-presenter-enter button")).click();
      waitFor(d -> d.findElements(By.cssSelector("html.app-presenter")).size() == 1);
      saveScreenshot("presenter-question-" + mode + "-1024x768.png");

      assertThat(driver.findElements(By.cssSelector(".govuk-header, .govuk-service-navigation")))
          .as("the site's header gives way to the bar")
          .isEmpty();
      assertThat(driver.findElement(By.cssSelector(".app-presenter-bar")).getText())
          .contains(
              "Presenter Partnership " + mode,
              "Question 5 of 26: Data and information sharing",
              "Leave presenter view");
      List<WebElement> options =
          driver.findElements(By.cssSelector(".app-presenter-answers .govuk-radios__item"));
      assertThat(options).hasSizeGreaterThanOrEqualTo(4);
      assertThat(scrollY()).isZero();
      for (WebElement option : options) {
        assertThat(bottomOf(option))
            .as("'%s' is on the first screen", option.getText())
            .isLessThanOrEqualTo(viewportHeight());
      }
      assertThat(bottomOf(driver.findElement(By.cssSelector(".app-presenter-answers .govuk-hint"))))
          .isLessThanOrEqualTo(viewportHeight());
      assertThat(driver.findElement(By.id("presenter-keys")).getText())
          .contains("Keyboard shortcuts are on.");
      assertNoAccessibilityViolations("presenter view of a question at 1024x768", mode);

      driver.findElement(By.cssSelector(".app-presenter-pace-link a")).click();
      assertNoAccessibilityViolations("how long the meeting has", mode);
      driver.findElement(By.id("minutes")).sendKeys("90");
      driver.findElement(By.cssSelector("#pace button[type=submit]")).click();
      // The address changes before the page has loaded: wait for what the page shows.
      waitFor(
          d ->
              d.getCurrentUrl().endsWith("/questions/Q05")
                  && !d.findElements(By.cssSelector(".app-presenter-bar__pace")).isEmpty());
      assertThat(driver.findElement(By.cssSelector(".app-presenter-bar__pace")).getText())
          .isEqualTo("0 of 90 minutes");
      List<WebElement> withPace =
          driver.findElements(By.cssSelector(".app-presenter-answers .govuk-radios__item"));
      assertThat(bottomOf(withPace.get(withPace.size() - 1)))
          .as("every answer still on the first screen with the time in the bar")
          .isLessThanOrEqualTo(viewportHeight());
      saveScreenshot("presenter-question-paced-" + mode + "-1024x768.png");

      new Actions(driver).sendKeys("3").perform();
      WebElement third =
          driver.findElements(By.cssSelector(".app-presenter-answers input[type=radio]")).get(2);
      assertThat(third.isSelected()).as("3 chooses the third answer").isTrue();
      waitFor(
          d ->
              d.findElement(By.cssSelector(".app-presenter-bar__saved"))
                  .getText()
                  .startsWith("Saved at"));

      WebElement notes = driver.findElement(By.id("notes"));
      notes.click();
      notes.sendKeys("1 n p");
      assertThat(third.isSelected()).as("typing in a box is not a shortcut").isTrue();
      assertThat(driver.getCurrentUrl()).endsWith("/questions/Q05");

      // Out of the box, as the facilitator would tab or click away from it.
      ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
      new Actions(driver).sendKeys("n").perform();
      waitFor(
          d ->
              d.getCurrentUrl().endsWith("/questions/Q06")
                  && d.findElements(By.cssSelector(".app-presenter-bar")).stream()
                      .anyMatch(bar -> bar.getText().contains("Question 6 of 26")));

      assertLayoutHolds(benchmark + "/questions/Q06", mode);
      saveScreenshot("presenter-question-" + mode + "-1280.png");
      driver.manage().window().setSize(new Dimension(390, 844));
      open(benchmark + "/questions/Q06");
      saveScreenshot("presenter-question-" + mode + "-390.png");
      projectorScreen();
      open(benchmark + "/questions/Q06");
      driver.findElement(By.cssSelector(".app-presenter-bar form button")).click();
      waitFor(d -> d.findElements(By.cssSelector(".govuk-header")).size() == 1);
      assertThat(driver.findElements(By.cssSelector("html.app-presenter"))).isEmpty();
      assertThat(driver.getCurrentUrl()).endsWith("/questions/Q06");
    } finally {
      driver.manage().window().setSize(LAYOUT_SIZES.get(0));
    }
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aChecklistSection_inThePresenterView_holdsItsLayoutAtEverySize(String mode) {
    Account facilitator = users.givenAccount("Rex Presenter " + mode);
    SiteVisitor visitor = users.signedIn(url(""), facilitator);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Review Presenter " + mode);
    String review =
        ChecklistMeetings.start(
            visitor, partnershipId, "return-home-interviews", LocalDate.of(2027, 3, 8), "blank");
    signIn(facilitator, mode);
    String section = review + "/sections/required";
    open(section);
    driver.findElement(By.cssSelector(".app-presenter-enter button")).click();
    waitFor(d -> d.findElements(By.cssSelector("html.app-presenter")).size() == 1);
    assertThat(driver.findElement(By.cssSelector(".app-presenter-bar")).getText())
        .contains("Checklist review: Return home interviews, round 1", "0 of ");

    assertLayoutHolds(section, mode);
    projectorScreen();
    open(section);
    saveScreenshot("presenter-section-" + mode + "-1024x768.png");
    driver.manage().window().setSize(LAYOUT_SIZES.get(0));
  }

  /**
   * A 1024×768 projector showing a browser with its tab strip and address bar: a page 1024 px wide
   * and {@value #FIRST_SCREEN} px high.
   */
  private void projectorScreen() {
    // Chromium applies a new window size asynchronously and its frame height varies between
    // runs, so adjust until the page itself is the height a projector leaves it.
    int windowHeight = 768;
    driver.manage().window().setSize(new Dimension(1024, windowHeight));
    for (int attempt = 0; attempt < 5 && viewportHeight() != FIRST_SCREEN; attempt++) {
      windowHeight += (int) (FIRST_SCREEN - viewportHeight());
      int wanted = windowHeight;
      driver.manage().window().setSize(new Dimension(1024, wanted));
      waitFor(d -> d.manage().window().getSize().getHeight() == wanted);
      sleepBriefly();
    }
    assertThat(viewportHeight()).isEqualTo(FIRST_SCREEN);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitFor(Function<WebDriver, Boolean> done) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(done::apply);
  }

  private long scrollY() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return window.scrollY;"))
        .longValue();
  }

  private long viewportHeight() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;"))
        .longValue();
  }

  private long bottomOf(WebElement element) {
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Math.ceil(arguments[0].getBoundingClientRect().bottom);", element))
        .longValue();
  }
}
