package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.missingchildren.response.support.Axe;
import uk.missingchildren.response.support.Browser;

/**
 * The whole meeting with JavaScript off: every answer is saved by "Save and continue". axe itself
 * needs JavaScript, so each page as this browser drew it is scanned in a second browser, with the
 * page's own scripts removed so it is the same no-JavaScript page.
 */
class StageOneMeetingWithoutJavaScriptBrowserTest extends StageOneMeetingJourney {

  private static WebDriver scanner;

  @BeforeAll
  static void withoutJavaScript() {
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

  @Override
  protected boolean javascript() {
    return false;
  }

  @Override
  protected void scan(String label) {
    boolean lowVision = driver.findElement(By.tagName("html")).getDomAttribute("class").contains("app-low-vision");
    assertThat(lowVision).as(label + " is drawn in " + mode() + " display").isEqualTo("low-vision".equals(mode()));
    String page = driver.getPageSource().replaceAll("(?is)<script\\b.*?</script>", "");
    // Written into a page of the service itself, so its stylesheets load exactly as they did.
    scanner.get(url("/cookies"));
    ((JavascriptExecutor) scanner).executeScript("document.open(); document.write(arguments[0]); document.close();", page);
    new WebDriverWait(scanner, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && [...document.styleSheets].length > 0")));
    assertThat(Axe.scanAndLog(scanner, label + " (no JavaScript)", mode()))
        .as("axe violations on " + label + " without JavaScript (" + mode() + ")").isEmpty();
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aWholeMeeting_withTheKeyboardAlone(String mode) {
    runAWholeMeeting(mode);
  }
}
