package uk.missingchildren.response.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.missingchildren.response.support.BrowserTest;

/** The reminders page, empty and with reminders listed, scanned by axe in both display modes. */
class RemindersPageBrowserTest extends BrowserTest {

  @Autowired ApplicationContext app;
  @Autowired ReminderJob job;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void remindersPage_withAndWithoutReminders_hasNoAccessibilityViolations(String mode) {
    ReminderFixtures fixtures = new ReminderFixtures(app, url(""));
    ReminderFixtures.Partnership partnership =
        fixtures.givenPartnership("Accessible Reminders Partnership");
    String page = "/partnerships/" + partnership.id() + "/reminders";
    // The other display mode's run left its member signed in: start this one signed out.
    open("/");
    driver.manage().deleteAllCookies();
    useDisplayMode(mode);
    open("/sign-in");
    driver.findElement(By.id("email")).sendKeys(partnership.member());
    driver.findElement(By.id("password")).sendKeys(ReminderFixtures.PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    // Opening the page before signing in has finished would ask as nobody, or as the last person.
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/sign-in"));

    open(page);
    assertThat(driver.findElement(By.id("no-reminders")).isDisplayed()).isTrue();
    assertNoAccessibilityViolations("/partnerships/{id}/reminders (none sent)", mode);

    LocalDate today = LocalDate.now(MovableClock.UK);
    fixtures.givenAction(
        partnership,
        "Agree an RHI offer with the police",
        today.plusDays(2),
        "rhi.lead@example.org");
    fixtures.givenAction(
        partnership,
        "Publish the missing protocol with a very long title to see it wrap",
        today.minusDays(3),
        null);
    job.sendDue();
    open(page);
    assertThat(driver.findElements(By.cssSelector("#reminders tbody tr"))).hasSize(2);
    assertNoAccessibilityViolations("/partnerships/{id}/reminders", mode);
  }
}
