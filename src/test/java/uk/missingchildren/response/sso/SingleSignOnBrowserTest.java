package uk.missingchildren.response.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.TestOidcServer;
import uk.missingchildren.response.support.TestUsers;

/**
 * Signing in with an organisation's account in Chromium, keyboard only, in both display modes,
 * through a real OpenID Connect provider's pages: the first sign-in, linking a password account, a
 * refused address and a provider that is down. Every page of ours is scanned by axe (the provider's
 * own login page is not ours to fix).
 */
class SingleSignOnBrowserTest extends JourneyBrowserTest {

  private static final TestOidcServer PROVIDER = TestOidcServer.start();

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    PROVIDER.configureTheService(registry, "northshire.gov.uk");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @BeforeEach
  void registerTheServiceAtTheProvider() {
    PROVIDER.allowRedirectTo(url("/login/oauth2/code/organisation"));
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void someoneSignsInWithTheirOrganisationsAccount_byKeyboard(String mode) {
    startIn(mode);
    String email = "kai." + UUID.randomUUID().toString().substring(0, 6) + "@northshire.gov.uk";
    String person = PROVIDER.person(email, true, "Kai Keyboard");

    open("/sign-in");
    scan("/sign-in (with organisation accounts)");
    assertLayoutHolds("/sign-in", mode);
    saveScreenshot("sso-sign-in-" + mode + ".png");
    keyboard.follow(By.cssSelector("a[href='/sign-in/with/organisation']"));
    atTheProvider(person);
    assertThat(driver.getCurrentUrl()).startsWith(url("/partnerships"));
    checkDisplayModeKeptAfterSigningIn();
    scan("/partnerships (first sign-in with an organisation account)");
    open("/account");
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Kai Keyboard", email);
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aPasswordAccountIsLinkedOnceItsPasswordIsTyped_andProblemsHaveTheirOwnPages(String mode) {
    startIn(mode);
    Account existing = users.givenAccount("Lee Linked");
    String email = existing.email().replace("@example.org", "@northshire.gov.uk");
    jdbc.update("UPDATE account SET email = ? WHERE id = ?", email, existing.id());
    String person = PROVIDER.person(email, true, "Lee Linked");

    open("/sign-in");
    keyboard.follow(By.cssSelector("a[href='/sign-in/with/organisation']"));
    atTheProvider(person);
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in/link-account");
    assertThat(heading()).isEqualTo("Enter your password once");
    scan("/sign-in/link-account");
    saveScreenshot("sso-link-account-" + mode + ".png");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/sign-in/link-account")).containsExactly("#password");
    scan("/sign-in/link-account (with errors)");
    keyboard.fillIn(By.id("password"), TestUsers.PASSWORD);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).startsWith(url("/partnerships"));

    nextPerson();
    String outsider = PROVIDER.person("gil@gmail.com", true, "Gil Gmail");
    open("/sign-in");
    keyboard.follow(By.cssSelector("a[href='/sign-in/with/organisation']"));
    atTheProvider(outsider);
    assertThat(heading()).isEqualTo("You cannot sign in with this account");
    scan("/sign-in/problem (address not allowed)");
    saveScreenshot("sso-problem-" + mode + ".png");
    keyboard.follow(By.cssSelector("main a.govuk-button"));
    assertThat(driver.getCurrentUrl()).endsWith("/sign-in");

    keyboard.follow(By.cssSelector("a[href='/sign-in/with/down']"));
    assertThat(heading()).isEqualTo("Sign in with Elsewhere is not working at the moment");
    scan("/sign-in/with/down (provider unreachable)");
  }

  /** The provider's own login page: the person signs in there with the keyboard. */
  private void atTheProvider(String username) {
    assertThat(driver.getCurrentUrl()).startsWith(PROVIDER.issuer());
    keyboard.fillIn(By.id("username"), username);
    keyboard.fillIn(By.id("password"), TestOidcServer.PASSWORD);
    keyboard.enterAndWaitForTheNextPage();
    assertThat(driver.getCurrentUrl()).startsWith(url(""));
  }
}
