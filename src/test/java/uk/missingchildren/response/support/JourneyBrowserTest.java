package uk.missingchildren.response.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Base for keyboard-only journeys, scanning every page on the way with axe in both display modes.
 * Each journey is walked once, in one display mode ({@link #startIn(String)}, called first): the
 * journeys with JavaScript walk in standard display, those without in Low Vision Mode, so each mode
 * is walked and each page scanned in both. The other mode is scanned on the page as drawn, with its
 * class switched: that class is all the server draws differently in Low Vision Mode apart from the
 * switch's own words, which {@code DisplayModeIntegrationTest} checks.
 */
public abstract class JourneyBrowserTest extends BrowserTest {

  /** With JavaScript off, the browser axe runs in (axe itself needs JavaScript); null otherwise. */
  private static WebDriver scanner;

  protected final Keyboard keyboard = new Keyboard(driver);
  private String mode = "standard";

  /** Starts a journey in a display mode: "standard" or "low-vision". */
  protected void startIn(String displayMode) {
    this.mode = displayMode;
    useDisplayMode(displayMode);
  }

  protected String mode() {
    return mode;
  }

  /**
   * For a journey class's {@code @BeforeAll}: walk it in a browser with JavaScript off. Its pages
   * are then scanned as that browser drew them (see {@link Axe#scanAsDrawnWithoutJavaScript}).
   */
  protected static void withoutJavaScript() {
    driver.quit();
    driver = Browser.open(false);
    scanner = Browser.open(true);
  }

  @AfterAll
  static void closeScanner() {
    if (scanner != null) {
      scanner.quit();
      scanner = null;
    }
  }

  /**
   * Checks the page is drawn in the journey's display mode and has no axe violations in either
   * display mode.
   */
  protected void scan(String label) {
    scanIn(mode, label);
    scanIn(otherMode(), label);
  }

  /** Checks the page has no axe violations in one display mode. */
  protected void scanIn(String displayMode, String label) {
    boolean lowVision =
        driver.findElement(By.tagName("html")).getDomAttribute("class").contains("app-low-vision");
    assertThat(lowVision)
        .as(label + " is drawn in " + mode + " display")
        .isEqualTo("low-vision".equals(mode));
    if (scanner != null) {
      assertThat(
              Axe.scanAsDrawnWithoutJavaScript(
                  driver, scanner, url("/cookies"), label, displayMode))
          .as("axe violations on " + label + " without JavaScript (" + displayMode + ")")
          .isEmpty();
    } else if (displayMode.equals(mode)) {
      assertNoAccessibilityViolations(label, displayMode);
    } else {
      Axe.switchDisplayModeOnThePage(driver, displayMode);
      try {
        assertNoAccessibilityViolations(label + " (switched on the page)", displayMode);
      } finally {
        Axe.switchDisplayModeOnThePage(driver, mode);
      }
    }
  }

  protected String otherMode() {
    return "low-vision".equals(mode) ? "standard" : "low-vision";
  }

  /**
   * Signing in never switches Low Vision Mode off: the journey's display mode is still in force.
   */
  protected void checkDisplayModeKeptAfterSigningIn() {
    boolean lowVision =
        driver.findElement(By.tagName("html")).getDomAttribute("class").contains("app-low-vision");
    assertThat(lowVision).as("display mode after signing in").isEqualTo("low-vision".equals(mode));
  }

  /** A different person at the same browser: nobody is signed in, the display mode stays. */
  protected void nextPerson() {
    driver.manage().deleteAllCookies();
    driver.manage().addCookie(new Cookie("display_mode", mode));
  }

  /** Fills in the sign-in form with the keyboard and submits it with Enter. */
  protected void signInWithTheKeyboard(String email, String password) {
    assertThat(driver.getCurrentUrl()).contains("/sign-in");
    keyboard.fillIn(By.id("email"), email);
    keyboard.fillIn(By.id("password"), password);
    keyboard.enterAndWaitForTheNextPage();
  }

  /** The page's main heading. */
  protected String heading() {
    return driver.findElement(By.cssSelector("main h1")).getText();
  }

  /** Asserts GOV.UK Frontend moved focus to the error summary, and returns its links' targets. */
  protected java.util.List<String> assertErrorSummaryHasFocus(String page) {
    keyboard.waitUntilFocused(By.cssSelector(".govuk-error-summary"), "error summary on " + page);
    return errorSummaryLinks();
  }

  private java.util.List<String> errorSummaryLinks() {
    return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
        .map(link -> link.getDomAttribute("href"))
        .toList();
  }

  /**
   * Follows each link of the error summary with the keyboard and checks it moves focus to its
   * field. (Call it after the summary's own focus has been checked: an axe scan in between moves
   * focus.)
   */
  protected void assertErrorSummaryLinksMoveFocusToTheirFields(String page) {
    java.util.List<String> targets = errorSummaryLinks();
    assertThat(targets).as("error summary links on " + page).isNotEmpty();
    for (String target : targets) {
      keyboard.tabTo(By.cssSelector(".govuk-error-summary__list a[href='" + target + "']"));
      keyboard.press(org.openqa.selenium.Keys.ENTER);
      keyboard.waitUntilFocused(
          By.id(target.substring(1)), "error summary link " + target + " on " + page);
    }
  }
}
