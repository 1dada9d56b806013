package uk.missingchildren.response.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.TestCodes;
import uk.missingchildren.response.support.TestUsers;

/**
 * Setting up an authenticator app and signing in with it, with the keyboard alone, in each display
 * mode: the QR code as Chromium draws it is read back as a phone's camera would, every page on the
 * way is scanned by axe, and the set-up page holds its layout from a projector to a phone.
 */
class SecondFactorBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void someoneSetsUpAnAppFromItsQrCode_andSignsInWithItsCodes_byKeyboard(String mode)
      throws Exception {
    startIn(mode);
    Account account = users.givenAccount("Kit Keyboard");
    open("/sign-in");
    signInWithTheKeyboard(account.email(), TestUsers.PASSWORD);

    open("/account");
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Not set up");
    keyboard.follow(By.cssSelector("a[href='/account/second-factor']"));
    scan("/account/second-factor (not set up)");
    keyboard.follow(By.cssSelector("main a.govuk-button"));
    assertThat(heading()).isEqualTo("Set up an authenticator app");
    scan("/account/second-factor/set-up");
    assertLayoutHolds("/account/second-factor/set-up", mode);
    saveScreenshot("second-factor-set-up-" + mode + ".png");

    String secret = secretFromTheQrCode();
    assertThat(driver.findElement(By.id("secret")).getAttribute("textContent").replace(" ", ""))
        .as("the key shown as text is the one in the QR code")
        .isEqualTo(secret);

    keyboard.fillIn(By.id("code"), "12345");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(assertErrorSummaryHasFocus("set-up")).containsExactly("#code");
    scan("/account/second-factor/set-up (with errors)");
    keyboard.fillIn(By.id("code"), TestCodes.code(secret, TestCodes.stepNow()));
    keyboard.enterAndWaitForTheNextPage();

    assertThat(heading()).isEqualTo("Your app is set up");
    List<String> recoveryCodes =
        driver.findElements(By.cssSelector("#recovery-codes li")).stream()
            .map(li -> li.getText())
            .toList();
    assertThat(recoveryCodes).hasSize(10);
    scan("/account/second-factor/recovery-codes");
    saveScreenshot("second-factor-recovery-codes-" + mode + ".png");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Your authenticator app is set up");
    scan("/account/second-factor (set up)");
    open("/account/second-factor/new-recovery-codes");
    scan("/account/second-factor/new-recovery-codes");
    open("/account/second-factor/remove");
    scan("/account/second-factor/remove");

    nextPerson();
    open("/sign-in");
    signInWithTheKeyboard(account.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in/code");
    assertThat(heading()).isEqualTo("Enter the code from your authenticator app");
    scan("/sign-in/code");
    saveScreenshot("second-factor-code-" + mode + ".png");
    keyboard.fillIn(By.id("code"), "not a code");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(assertErrorSummaryHasFocus("/sign-in/code")).containsExactly("#code");
    scan("/sign-in/code (with errors)");
    keyboard.fillIn(By.id("code"), users.nextCode(account.id()));
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).doesNotContain("/sign-in");
    checkDisplayModeKeptAfterSigningIn();

    nextPerson();
    open("/sign-in");
    signInWithTheKeyboard(account.email(), TestUsers.PASSWORD);
    keyboard.follow(By.cssSelector("a[href='/sign-in/recovery-code']"));
    assertThat(heading()).isEqualTo("Enter a recovery code");
    scan("/sign-in/recovery-code");
    keyboard.fillIn(By.id("code"), recoveryCodes.get(0));
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).doesNotContain("/sign-in");
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aCoordinatorRequiresIt_andAMemberSetsItUpWhenTheyNextSignIn(String mode) throws Exception {
    startIn(mode);
    Account coordinator = users.givenAccount("Cleo Coordinator");
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(users.signedIn(url(""), coordinator), "Careful " + mode);
    Account member = users.givenMember(partnershipId, "Milo Member");

    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);
    open("/partnerships/" + partnershipId + "/members");
    keyboard.follow(By.cssSelector("a[href$='/members/second-factor']"));
    scan("/partnerships/{id}/members/second-factor");
    keyboard.chooseRadio("required", "yes");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.findElement(By.id("second-factor-policy")).getText())
        .isEqualTo("Required of every member");
    scan("/partnerships/{id}/members (second factor required)");

    nextPerson();
    open("/sign-in");
    signInWithTheKeyboard(member.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in/set-up-code");
    scan("/sign-in/set-up-code");
    keyboard.fillIn(By.id("code"), TestCodes.code(secretFromTheQrCode(), TestCodes.stepNow()));
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in/recovery-codes");
    scan("/sign-in/recovery-codes");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getCurrentUrl()).contains("/partnerships/" + partnershipId);
  }

  /** Photographs the QR code on the page and reads it, as a phone's camera would. */
  private String secretFromTheQrCode() throws Exception {
    var qrCode = driver.findElement(By.cssSelector(".app-qr-code svg"));
    // A phone is held to the whole code: bring it into the window before photographing it.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", qrCode);
    byte[] png = qrCode.getScreenshotAs(OutputType.BYTES);
    // Kept for a person to look at, as the other screenshots are.
    java.nio.file.Path folder = java.nio.file.Path.of("target/screenshots");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve("second-factor-qr-" + mode() + ".png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String address =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    Matcher secret =
        Pattern.compile("^otpauth://totp/[^?]+\\?secret=([A-Z2-7]+)&").matcher(address);
    assertThat(secret.find()).as(address).isTrue();
    return secret.group(1);
  }
}
