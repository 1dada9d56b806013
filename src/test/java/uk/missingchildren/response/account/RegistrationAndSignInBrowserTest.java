package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.Outbox;

/**
 * Registration, email confirmation, sign-in, sign-out and a forgotten password, with the keyboard
 * alone, in each display mode, with every page on the way scanned by axe. There is no SMTP server
 * in this context, so every email waits in the outbox and the pages must say so.
 */
class RegistrationAndSignInBrowserTest extends JourneyBrowserTest {

  private static final String PASSWORD = "marble harbour kettle";
  private static final String NEW_PASSWORD = "copper lantern meadow";
  private static final String QUEUED = "Not sent: no mail server is set up";

  @Autowired EmailMessages outbox;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void someoneCanRegisterConfirmTheirAddressAndSignIn_withTheKeyboardAlone(String mode) {
    startIn(mode);
    String email = "kim.keyboard." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    open("/register");
    scan("/register");

    // Submitting the empty form: the error summary takes focus and its links lead to the fields.
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getTitle()).startsWith("Error:");
    assertThat(assertErrorSummaryHasFocus("/register"))
        .containsExactly("#displayName", "#email", "#password");
    scan("/register (with errors)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/register");

    keyboard.fillIn(By.id("displayName"), "Kim Keyboard");
    keyboard.fillIn(By.id("email"), email);
    keyboard.fillIn(By.id("password"), PASSWORD);
    keyboard.enterAndWaitForTheNextPage();

    assertThat(driver.getCurrentUrl()).endsWith("/register/check-email");
    assertThat(heading()).isEqualTo("Check your email");
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains(email);
    assertThat(driver.findElement(By.id("delivery-notice")).getText()).contains(QUEUED);
    scan("/register/check-email");

    // The confirmation link, as the person would open it from their inbox.
    String confirmation = Outbox.newestLink(outbox, email, "/verify-email/");
    open(confirmation);
    assertThat(heading()).isEqualTo("Email address confirmed");
    scan("/verify-email/{secret} (confirmed)");

    open(confirmation);
    assertThat(heading()).isEqualTo("This link has expired or has already been used");
    scan("/verify-email/{secret} (expired)");

    keyboard.follow(By.cssSelector("main a[href='/sign-in']"));
    assertThat(heading()).isEqualTo("Sign in");
    assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner")))
        .as("no banner until someone signs out")
        .isEmpty();
    scan("/sign-in");

    signInWithTheKeyboard(email, "not my password at all");
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner"))).isEmpty();
    assertThat(assertErrorSummaryHasFocus("/sign-in")).containsExactly("#email");
    assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("Enter a correct email address and password");
    scan("/sign-in (with an error)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/sign-in");

    // The email address is kept; only the password needs typing again.
    assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
    keyboard.fillIn(By.id("password"), PASSWORD);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).endsWith("/partnerships");
    assertThat(heading()).isEqualTo("Your partnerships");
    checkDisplayModeKeptAfterSigningIn();

    keyboard.follow(By.cssSelector("header button[type=submit]"));
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in?signed-out");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("You have signed out.");
    scan("/sign-in?signed-out");

    // A forgotten password, from the sign-in page.
    keyboard.follow(By.cssSelector("main a[href='/forgotten-password']"));
    assertThat(heading()).isEqualTo("Reset your password");
    scan("/forgotten-password");

    keyboard.fillIn(By.id("email"), email);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).endsWith("/forgotten-password/check-email");
    assertThat(driver.findElement(By.id("delivery-notice")).getText()).contains(QUEUED);
    scan("/forgotten-password/check-email");

    String reset = Outbox.newestLink(outbox, email, "/reset-password/");
    open(reset);
    assertThat(heading()).isEqualTo("Choose a new password");
    scan("/reset-password/{secret}");

    keyboard.fillIn(By.id("password"), "too short");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(assertErrorSummaryHasFocus("/reset-password/{secret}")).containsExactly("#password");
    scan("/reset-password/{secret} (with errors)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/reset-password/{secret}");

    keyboard.type(NEW_PASSWORD);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Your password has been changed");
    scan("/sign-in (password changed)");

    signInWithTheKeyboard(email, NEW_PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/partnerships");
    checkDisplayModeKeptAfterSigningIn();

    open(reset);
    assertThat(heading()).isEqualTo("This link has expired or has already been used");
    scan("/reset-password/{secret} (expired)");
  }
}
