package uk.missingchildren.response.displaymode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.missingchildren.response.support.Axe;
import uk.missingchildren.response.support.BrowserTest;

class LowVisionModeBrowserTest extends BrowserTest {

  @Test
  void theSkipLink_isTheFirstThingTheKeyboardReaches_andJumpsToTheMainContent() {
    open("/information-sheet");

    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("govuk-skip-link");
    assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();

    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertThat(driver.getCurrentUrl()).endsWith("#main-content");
  }

  @Test
  void lowVisionMode_canBeTurnedOnAndOffWithTheKeyboardAlone() {
    open("/resources");

    pressTabUntilFocused(By.cssSelector(".app-display-mode__button"));
    pressEnterAndWaitForTheNextPage();

    assertThat(htmlClasses()).contains("app-low-vision");
    assertThat(driver.getCurrentUrl()).endsWith("/resources");
    WebElement banner =
        driver.findElement(By.cssSelector(".govuk-notification-banner[role=alert]"));
    assertThat(banner.getText()).contains("Low Vision Mode is on");
    // GOV.UK Frontend moves focus to the confirmation, so screen readers announce it at once.
    assertThat(driver.switchTo().activeElement()).isEqualTo(banner);

    // The switch sits just before the confirmation: one step back.
    pressKeyUntilFocused(true, By.cssSelector(".app-display-mode__button"));
    pressEnterAndWaitForTheNextPage();

    assertThat(htmlClasses()).doesNotContain("app-low-vision");
  }

  @Test
  void theLowVisionScan_findsTextBelow7To1_whichTheStandardScanLetsThrough() {
    open("/cookies");
    // Grey on white is 4.5:1: enough for WCAG AA, not for the 7:1 Low Vision Mode promises.
    ((JavascriptExecutor) driver)
        .executeScript(
            "const p = document.createElement('p'); p.id = 'grey-text'; p.textContent = 'Grey text';"
                + " p.style.color = '#767676'; p.style.background = '#ffffff';"
                + " document.querySelector('main').appendChild(p);");

    assertThat(Axe.scanAndLog(driver, "/cookies (with grey text)", "standard")).isEmpty();
    assertThat(Axe.scanAndLog(driver, "/cookies (with grey text)", "low-vision"))
        .singleElement()
        .asString()
        .startsWith("color-contrast-enhanced")
        .contains("#grey-text");
  }

  @Test
  void lowVisionMode_lastsAcrossPagesAndVisits() {
    open("/");
    WebElement current = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector(".app-display-mode__button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.stalenessOf(current));

    open("/privacy");
    assertThat(htmlClasses()).contains("app-low-vision");

    // A new visit: the session has gone, the choice has not.
    driver.manage().deleteCookieNamed("SESSION");
    open("/cookies");
    assertThat(htmlClasses()).contains("app-low-vision");
  }

  @Test
  void lowVisionMode_makesBodyTextAtLeast24Pixels_onWideAndNarrowScreens() {
    useDisplayMode("low-vision");
    try {
      for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(375, 800)}) {
        driver.manage().window().setSize(size);
        open("/");
        String fontSize =
            driver.findElement(By.cssSelector("main .govuk-body")).getCssValue("font-size");
        assertThat(Double.parseDouble(fontSize.replace("px", "")))
            .as("body text at " + size)
            .isGreaterThanOrEqualTo(24.0);
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void lowVisionMode_hasAThickerFocusIndicator() {
    useDisplayMode("low-vision");
    open("/");

    pressTabUntilFocused(By.cssSelector(".app-display-mode__button"));
    WebElement button = driver.switchTo().activeElement();

    assertThat(button.getCssValue("outline-width")).isEqualTo("6px");
  }

  private void pressEnterAndWaitForTheNextPage() {
    WebElement current = driver.findElement(By.tagName("html"));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.stalenessOf(current));
  }

  private String htmlClasses() {
    return driver.findElement(By.tagName("html")).getAttribute("class");
  }

  private void pressTabUntilFocused(By target) {
    pressKeyUntilFocused(false, target);
  }

  private void pressKeyUntilFocused(boolean backwards, By target) {
    WebElement wanted = driver.findElement(target);
    for (int i = 0; i < 30; i++) {
      if (backwards) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      } else {
        new Actions(driver).sendKeys(Keys.TAB).perform();
      }
      if (driver.switchTo().activeElement().equals(wanted)) {
        return;
      }
    }
    throw new AssertionError("The keyboard never reached " + target);
  }
}
