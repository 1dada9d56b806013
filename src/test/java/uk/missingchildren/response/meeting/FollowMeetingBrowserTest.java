package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.Axe;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.Browser;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Two people, two browsers: the facilitator answers in the presenter view and moves on, and a
 * member following the meeting on their own laptop sees each change within 2 seconds, read only,
 * told by a status message; someone from another partnership is told the page is not there.
 */
class FollowMeetingBrowserTest extends BrowserTest {

  private static final Duration WITHIN = Duration.ofSeconds(2);

  @Autowired TestUsers users;

  private WebDriver follower;

  @BeforeEach
  void openTheFollowersBrowser() {
    follower = Browser.open(true);
  }

  @AfterEach
  void closeTheFollowersBrowser() {
    follower.quit();
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void whatThePresenterChooses_reachesAFollowerWithinTwoSeconds(String mode) {
    Account facilitator = users.givenAccount("Fiona Facilitates " + mode);
    SiteVisitor visitor = users.signedIn(url(""), facilitator);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Followed Room " + mode);
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2027, 6, 1));
    Account member = users.givenViewer(partnershipId, "Mo Follows " + mode);

    signIn(facilitator, mode);
    open(benchmark + "/questions/Q05");
    driver.findElement(By.cssSelector(".app-presenter-enter button")).click();
    waitFor(driver, d -> d.findElements(By.cssSelector("html.app-presenter")).size() == 1);

    signIn(follower, member, mode);
    follower.get(url(benchmark));
    follower.findElement(By.cssSelector("#follow-link a")).click();
    waitFor(follower, d -> shown(d).contains("Question 5 of 26"));
    assertThat(follower.findElements(By.cssSelector("main input, main textarea, main select")))
        .as("read only")
        .isEmpty();
    assertThat(Axe.scanAndLog(follower, "follow this meeting", mode)).isEmpty();

    new Actions(driver).sendKeys("3").perform();
    String chosen =
        driver
            .findElements(By.cssSelector(".app-presenter-answers .govuk-radios__label"))
            .get(2)
            .getText();
    long chose = System.nanoTime();
    waitFor(follower, d -> chosen.equals(agreed(d)), WITHIN);
    Duration answerReached = Duration.ofNanos(System.nanoTime() - chose);
    assertThat(follower.findElement(By.id("follow-status")).getDomProperty("textContent"))
        .as("a screen reader is told")
        .contains("Question 5 of 26", "Agreed answer: " + chosen);

    new Actions(driver).sendKeys("n").perform();
    long moved = System.nanoTime();
    waitFor(follower, d -> shown(d).contains("Question 6 of 26"), WITHIN);
    Duration moveReached = Duration.ofNanos(System.nanoTime() - moved);
    assertThat(agreed(follower)).isEqualTo("Not agreed yet");
    System.out.printf(
        "Follower (%s) saw the answer after %d ms and the next question after %d ms%n",
        mode, answerReached.toMillis(), moveReached.toMillis());
    assertThat(answerReached).isLessThan(WITHIN);
    assertThat(moveReached).isLessThan(WITHIN);
    assertThat(follower.switchTo().activeElement().getTagName())
        .as("focus stays put")
        .isEqualTo("body");
    assertThat(Axe.scanAndLog(follower, "follow this meeting, updated", mode)).isEmpty();
    for (Dimension size : LAYOUT_SIZES) {
      follower.manage().window().setSize(size);
      saveScreenshot(
          follower, "follow-" + mode + "-" + size.getWidth() + "x" + size.getHeight() + ".png");
    }

    Account outsider = users.givenAccount("Oscar Outsider " + mode);
    BenchmarkMeetings.givenPartnership(users.signedIn(url(""), outsider), "Other Room " + mode);
    follower.manage().deleteAllCookies();
    signIn(follower, outsider, mode);
    follower.get(url(benchmark + "/follow"));
    assertThat(follower.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(follower.getPageSource()).doesNotContain("Question 6 of 26");
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void theFollowPage_holdsItsLayoutAtEverySize(String mode) {
    Account facilitator = users.givenAccount("Layla Layout " + mode);
    SiteVisitor visitor = users.signedIn(url(""), facilitator);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Laid Out Room " + mode);
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2027, 6, 2));
    BenchmarkMeetings.answer(
        visitor,
        benchmark,
        "Q10",
        "partly",
        "Offered to every child, but the records do not show a longwordwithoutanybreakwhatsoever",
        "");
    signIn(facilitator, mode);
    open(benchmark + "/questions/Q10");
    driver.findElement(By.cssSelector(".app-presenter-enter button")).click();
    waitFor(driver, d -> d.findElements(By.cssSelector("html.app-presenter")).size() == 1);
    driver.findElement(By.cssSelector(".app-presenter-bar form.app-inline-form button")).click();
    assertLayoutHolds(benchmark + "/follow", mode);
  }

  private void signIn(WebDriver browser, Account account, String mode) {
    browser.get(url("/"));
    browser.manage().addCookie(new Cookie("display_mode", mode));
    browser.get(url("/sign-in"));
    browser.findElement(By.id("email")).sendKeys(account.email());
    browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitFor(browser, d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** The changing part's text, read in one step: the page may replace it at any moment. */
  private static String shown(WebDriver browser) {
    return text(browser, "#meeting-now");
  }

  /** The agreed answer the follower's page shows. */
  private static String agreed(WebDriver browser) {
    return text(browser, "#meeting-now .govuk-summary-list__row:first-child dd");
  }

  private static String text(WebDriver browser, String selector) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const e = document.querySelector(arguments[0]);"
                    + " return e ? e.innerText.replace(/\\s+/g, ' ').trim() : '';",
                selector);
  }

  private static void waitFor(
      WebDriver browser, java.util.function.Function<WebDriver, Boolean> done) {
    waitFor(browser, done, Duration.ofSeconds(10));
  }

  private static void waitFor(
      WebDriver browser, java.util.function.Function<WebDriver, Boolean> done, Duration atMost) {
    new WebDriverWait(browser, atMost, Duration.ofMillis(50)).until(done::apply);
  }
}
