package uk.missingchildren.response.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives a page the way someone who uses only a keyboard would: Tab and Shift+Tab to move, typing
 * into whatever has focus, Enter to follow links and press buttons, arrow keys in radio groups. It
 * never clicks. JavaScript is used only to read the page (where focus is), never to act on it.
 */
public final class Keyboard {

  private static final int MAX_KEY_PRESSES = 120;

  private final WebDriver driver;

  public Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Presses Tab (or Shift+Tab, when the target is earlier in the page) until the target has focus.
   */
  public WebElement tabTo(By target) {
    List<WebElement> wanted = waitFor(target);
    for (int i = 0; i < MAX_KEY_PRESSES; i++) {
      WebElement active = focused();
      if (wanted.contains(active)) {
        return active;
      }
      if (targetFollows(active, wanted.get(0))) {
        press(Keys.TAB);
      } else {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      }
    }
    throw new AssertionError(
        "The keyboard never reached " + target + " on " + driver.getCurrentUrl());
  }

  /** Types into the focused field, replacing anything already in it. */
  public void type(String text) {
    new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    new Actions(driver).sendKeys(Keys.DELETE).perform();
    new Actions(driver).sendKeys(text).perform();
  }

  /** Moves to a field and types into it. */
  public void fillIn(By field, String text) {
    tabTo(field);
    type(text);
  }

  public void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /**
   * Tabs into a radio group and selects the radio with this value using the arrow keys (Space if
   * focus is already on it), as the platform's radio group behaviour expects.
   */
  public void chooseRadio(String name, String value) {
    chooseRadio(By.cssSelector("input[type=radio][name='" + name + "']"), value);
  }

  /**
   * The same, for a radio group picked out by a selector, where a page has several with one name.
   */
  public void chooseRadio(By group, String value) {
    String name = "radio group " + group;
    tabTo(group);
    int options = driver.findElements(group).size();
    for (int i = 0; i <= options * 2; i++) {
      WebElement active = focused();
      if (value.equals(active.getDomAttribute("value"))) {
        if (!active.isSelected()) {
          press(Keys.SPACE);
        }
        if (!focused().isSelected()) {
          throw new AssertionError("Space did not select the radio " + value);
        }
        return;
      }
      press(Keys.ARROW_DOWN);
    }
    throw new AssertionError("The arrow keys never reached the radio " + name + "=" + value);
  }

  /** Presses Enter on whatever has focus and waits for the next page to load. */
  public void enterAndWaitForTheNextPage() {
    WebElement current = driver.findElement(By.tagName("html"));
    press(Keys.ENTER);
    wait(Duration.ofSeconds(15)).until(d -> gone(current));
    wait(Duration.ofSeconds(15))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Whether the old page's element has gone. Chromium sometimes says so with an inspector error
   * ("does not belong to the document") instead of a stale-element error, when asked
   * mid-navigation.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Tabs to a link or button and activates it with Enter, waiting for the page it leads to. */
  public void follow(By linkOrButton) {
    tabTo(linkOrButton);
    enterAndWaitForTheNextPage();
  }

  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /**
   * Waits until the element has focus (GOV.UK Frontend moves focus to error summaries and banners).
   */
  public void waitUntilFocused(By target, String why) {
    try {
      wait(Duration.ofSeconds(5))
          .until(d -> Objects.equals(d.switchTo().activeElement(), d.findElement(target)));
    } catch (org.openqa.selenium.TimeoutException e) {
      WebElement active = focused();
      throw new AssertionError(
          why
              + ": expected focus on "
              + target
              + " but it is on <"
              + active.getTagName()
              + " id='"
              + active.getDomAttribute("id")
              + "' class='"
              + active.getDomAttribute("class")
              + "'>"
              + " reading \""
              + abbreviate(active.getText())
              + "\"");
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }

  private boolean targetFollows(WebElement active, WebElement target) {
    Object follows =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var a = arguments[0], t = arguments[1];"
                    + "if (!a || a === document.body || a === document.documentElement) return true;"
                    + "return (a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                active,
                target);
    return Boolean.TRUE.equals(follows);
  }

  private List<WebElement> waitFor(By target) {
    return wait(Duration.ofSeconds(5))
        .until(
            d -> {
              List<WebElement> found = d.findElements(target);
              return found.isEmpty() ? null : found;
            });
  }

  private WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }
}
