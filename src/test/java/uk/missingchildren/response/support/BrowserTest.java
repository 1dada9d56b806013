package uk.missingchildren.response.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Base for browser tests: one headless Chromium per test class, with JavaScript on. */
public abstract class BrowserTest extends IntegrationTest {

  protected static WebDriver driver;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.open(true);
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @BeforeEach
  void startFresh() {
    driver.get(url("/"));
    driver.manage().deleteAllCookies();
  }

  protected void open(String path) {
    driver.get(url(path));
  }

  /** Sets the display mode the way the switch would, for tests that are not about the switch. */
  protected void useDisplayMode(String mode) {
    driver.get(url("/"));
    driver.manage().addCookie(new Cookie("display_mode", mode));
  }

  protected void assertNoAccessibilityViolations(String page, String mode) {
    assertThat(Axe.scanAndLog(driver, page, mode))
        .as("axe violations on " + page + " (" + mode + ")")
        .isEmpty();
  }

  /**
   * Signs in through the sign-in page, in the display mode given, and waits until it has finished.
   */
  protected void signIn(uk.missingchildren.response.account.Account account, String mode) {
    useDisplayMode(mode);
    open("/sign-in");
    driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(account.email());
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(TestUsers.PASSWORD);
    driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
    // Opening a page before signing in has finished would ask as nobody.
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/sign-in"));
  }

  /** A projector or desktop, a small laptop or old projector, and a phone. */
  protected static final List<Dimension> LAYOUT_SIZES =
      List.of(new Dimension(1280, 900), new Dimension(1024, 768), new Dimension(390, 844));

  /**
   * Opens the page at each of {@link #LAYOUT_SIZES} and checks it holds: nothing makes it scroll
   * sideways or reaches past the window's right edge, and axe finds nothing. Leaves the window at
   * the first size.
   */
  protected void assertLayoutHolds(String path, String mode) {
    try {
      for (Dimension size : LAYOUT_SIZES) {
        driver.manage().window().setSize(size);
        open(path);
        String label = path + " at " + size.getWidth() + " px";
        assertThat(beyondTheRightEdge())
            .as(label + ": cut off, or in a box that scrolls sideways")
            .isEmpty();
        assertThat(scrollsSideways()).as(label + ": scrolls sideways").isFalse();
        assertNoAccessibilityViolations(label, mode);
      }
    } finally {
      driver.manage().window().setSize(LAYOUT_SIZES.get(0));
    }
  }

  /** Left in target/screenshots for a person to look at. */
  protected void saveScreenshot(String name) {
    saveScreenshot(driver, name);
  }

  public static void saveScreenshot(WebDriver browser, String name) {
    try {
      Path folder = Path.of("target/screenshots");
      Files.createDirectories(folder);
      Files.write(
          folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected boolean scrollsSideways() {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }

  /** What on the page reaches past the window's right edge, to be scrolled to (at most 5). */
  protected List<String> beyondTheRightEdge() {
    return beyondTheRightEdge(driver);
  }

  /** What on the browser's page reaches past the window's right edge (at most 5). */
  @SuppressWarnings("unchecked")
  public static List<String> beyondTheRightEdge(WebDriver browser) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const w = document.documentElement.clientWidth;"
                    + " return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getClientRects().length && e.getBoundingClientRect().right > w + 1)"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
  }
}
