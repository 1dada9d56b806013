package uk.missingchildren.response.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;
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
}
