package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.missingchildren.response.support.Axe;
import uk.missingchildren.response.support.Browser;

/**
 * The whole meeting with JavaScript off: every answer is saved by "Save and continue". Each page is
 * scanned by axe as this browser drew it (see {@link Axe#scanAsDrawnWithoutJavaScript}).
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
    assertThat(Axe.scanAsDrawnWithoutJavaScript(driver, scanner, url("/cookies"), label, mode()))
        .as("axe violations on " + label + " without JavaScript (" + mode() + ")").isEmpty();
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aWholeMeeting_withTheKeyboardAlone(String mode) {
    runAWholeMeeting(mode);
  }
}
