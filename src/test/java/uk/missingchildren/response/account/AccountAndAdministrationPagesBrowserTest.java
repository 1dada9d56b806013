package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.notification.Email;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.TestUsers;

/**
 * The signed-in pages not on the registration or partnership journeys: your account, the
 * administrator's pages, the timeout warning and the page that resends a form kept after a session
 * expired. Every page is scanned by axe in both display modes.
 */
class AccountAndAdministrationPagesBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;
  @Autowired EmailMessages outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired Mailer mailer;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void accountSettingsPages_areAccessible_andWorkByKeyboard(String mode) {
    startIn(mode);
    Account account = users.givenAccount("Alex Accessible");
    open("/sign-in");
    signInWithTheKeyboard(account.email(), TestUsers.PASSWORD);
    checkDisplayModeKeptAfterSigningIn();

    open("/account");
    scan("/account");
    keyboard.follow(By.cssSelector("a[href='/account/details']"));
    scan("/account/details");
    keyboard.fillIn(By.id("displayName"), "");
    keyboard.enterAndWaitForTheNextPage();
    assertErrorSummaryHasFocus("/account/details");
    scan("/account/details (with errors)");
    keyboard.fillIn(By.id("displayName"), "Alex Keyboard");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Your details have been saved");
    scan("/account (details saved)");

    open("/account/password");
    scan("/account/password");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertErrorSummaryHasFocus("/account/password");
    scan("/account/password (with errors)");
    open("/account/email");
    scan("/account/email");
    open("/account/email/confirm/not-a-real-link");
    assertThat(heading()).isEqualTo("Your email address has not been changed");
    scan("/account/email/confirm/{secret} (failed)");

    // Deleting the partnership and the account: the account is the partnership's only coordinator,
    // so the account page explains what to do first.
    java.util.UUID partnershipId =
        uk.missingchildren.response.support.BenchmarkMeetings.givenPartnership(
            users.signedIn(url(""), account), "Scanned Deletion Partnership");
    open("/partnerships/" + partnershipId + "/delete");
    scan("/partnerships/{id}/delete");
    keyboard.fillIn(By.id("confirmation"), "Not its name");
    keyboard.enterAndWaitForTheNextPage();
    assertErrorSummaryHasFocus("/partnerships/{id}/delete");
    scan("/partnerships/{id}/delete (with errors)");
    open("/account/delete");
    assertThat(driver.findElement(By.id("deletion-blocked")).getText())
        .contains("only coordinator of Scanned Deletion Partnership");
    scan("/account/delete (held up)");

    // The timeout warning, opened as it would be five minutes before the session ends.
    open("/account");
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('session-timeout').showModal()");
    assertThat(driver.findElement(By.id("session-timeout-title")).isDisplayed()).isTrue();
    scan("timeout warning");
    keyboard.tabTo(By.cssSelector("[data-timeout-action=stay]"));
    keyboard.press(org.openqa.selenium.Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(d -> d.findElement(By.id("session-timeout")).getDomAttribute("open") == null);

    // A form saved after the session expired is kept, then offered again after signing in.
    open("/account/details");
    jdbc.update("DELETE FROM spring_session");
    keyboard.fillIn(By.id("jobTitle"), "Typed after the session ended");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    scan("/sign-in (session expired)");
    signInWithTheKeyboard(account.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/resume");
    scan("/resume");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.findElement(By.cssSelector("main .govuk-summary-list")).getText())
        .contains("Typed after the session ended");

    // Once the partnership is deleted nothing holds the account up, and it can be deleted.
    open("/partnerships/" + partnershipId + "/delete");
    keyboard.fillIn(By.id("confirmation"), "Scanned Deletion Partnership");
    keyboard.enterAndWaitForTheNextPage();
    scan("/partnerships (partnership deleted)");
    open("/account/delete");
    scan("/account/delete");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertErrorSummaryHasFocus("/account/delete");
    scan("/account/delete (with errors)");
    keyboard.fillIn(By.id("password"), TestUsers.PASSWORD);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Your account has been deleted.");
    scan("/sign-in (account deleted)");
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void administrationPages_areAccessible(String mode) {
    startIn(mode);
    Account administrator = users.givenAdministrator("Ada Administrator");
    users.givenAccount("Someone Else");
    mailer.send(
        new Email(
            "someone.else@example.org",
            "A message in the outbox",
            "Plain text body",
            "<p>HTML body</p>"));
    open("/sign-in");
    signInWithTheKeyboard(administrator.email(), TestUsers.PASSWORD);
    // The administrator must use a second factor: the code page, scanned, then the code.
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in/code");
    scan("/sign-in/code");
    keyboard.fillIn(By.id("code"), users.nextCode(administrator.id()));
    keyboard.enterAndWaitForTheNextPage();

    for (String page :
        new String[] {"/admin", "/admin/accounts", "/admin/partnerships", "/admin/outbox"}) {
      open(page);
      scan(page);
    }
    keyboard.follow(By.cssSelector("main tbody a"));
    assertThat(driver.getCurrentUrl()).contains("/admin/outbox/");
    scan("/admin/outbox/{id}");

    for (String page :
        new String[] {
          "/admin/framework",
          "/admin/framework/2026.2",
          "/admin/framework/compare?from=2026.1&to=2026.2",
          "/admin/framework/compare?from=2026.2&to=2026.2",
          "/admin/national-picture"
        }) {
      open(page);
      scan(page);
    }
  }
}
