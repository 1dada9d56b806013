package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.Outbox;
import uk.missingchildren.response.support.TestUsers;

/**
 * A coordinator registers a partnership and invites a colleague, who joins through the emailed
 * link; the coordinator then changes the colleague's role and removes them. Keyboard only, in each
 * display mode, with every page on the way scanned by axe.
 */
class PartnershipJourneyBrowserTest extends JourneyBrowserTest {

  private static final String PARTNERSHIP = "Keyboardshire Safeguarding Children Partnership";

  @Autowired TestUsers users;
  @Autowired EmailMessages outbox;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void
      aCoordinatorInvitesAColleagueWhoJoins_thenChangesTheirRoleAndRemovesThem_withTheKeyboardAlone(
          String mode) {
    Account coordinator = users.givenAccount("Casey Coordinator");
    Account colleague = users.givenAccount("Colin Colleague");
    startIn(mode);

    // The coordinator signs in and has no partnership yet.
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/partnerships");
    checkDisplayModeKeptAfterSigningIn();
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("You are not a member of any partnership yet.");
    scan("/partnerships (none yet)");

    // Registering a partnership: first with nothing filled in, then properly.
    keyboard.follow(By.cssSelector("main a[href='/partnerships/new']"));
    assertThat(heading()).isEqualTo("Register a partnership");
    scan("/partnerships/new");

    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/new"))
        .containsExactly("#name", "#localAuthorityAreas", "#policeForceArea");
    scan("/partnerships/new (with errors)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/partnerships/new");

    keyboard.fillIn(By.id("name"), PARTNERSHIP);
    keyboard.fillIn(By.id("localAuthorityAreas"), "Keyboardshire County Council");
    keyboard.fillIn(By.id("policeForceArea"), "Keyboardshire Police");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(heading()).isEqualTo(PARTNERSHIP);
    String home = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    assertThat(home).matches("/partnerships/[0-9a-f-]{36}");
    assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
        .contains("Coordinator");
    assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner")))
        .as("no 'joined' banner for its founder")
        .isEmpty();
    scan("/partnerships/{id}");

    keyboard.follow(By.cssSelector("main a[href='/partnerships']"));
    assertThat(driver.findElements(By.cssSelector(".app-partnership-list a")))
        .extracting(WebElement::getText)
        .containsExactly(PARTNERSHIP);
    scan("/partnerships (with a partnership)");

    keyboard.follow(By.cssSelector(".app-partnership-list a[href='" + home + "']"));
    keyboard.follow(By.cssSelector("main a[href='" + home + "/members']"));
    assertThat(heading()).isEqualTo("Members");
    scan("/partnerships/{id}/members (coordinator)");

    // Inviting a colleague: the empty form first, then their address and role.
    keyboard.follow(By.cssSelector("main a[href='" + home + "/members/invite']"));
    assertThat(heading()).isEqualTo("Invite someone to the partnership");
    scan("/partnerships/{id}/members/invite");

    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/{id}/members/invite"))
        .containsExactly("#email", "#role");
    scan("/partnerships/{id}/members/invite (with errors)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/partnerships/{id}/members/invite");

    keyboard.fillIn(By.id("email"), colleague.email());
    keyboard.chooseRadio("role", "VIEWER");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));

    assertThat(driver.getCurrentUrl()).endsWith(home + "/members");
    keyboard.waitUntilFocused(
        By.cssSelector(".govuk-notification-banner"), "success banner after inviting");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Invitation created for " + colleague.email());
    assertThat(driver.findElement(By.id("delivery-notice")).getText())
        .contains("Not sent: no mail server is set up");
    assertThat(driver.findElement(By.id("invitation-link-value")).getDomProperty("value"))
        .contains("/invitations/");
    assertThat(pendingInvitations())
        .anySatisfy(row -> assertThat(row).contains(colleague.email(), "Viewer"));
    scan("/partnerships/{id}/members (invitation sent)");

    // The colleague follows the link in their email, signs in and accepts.
    String invitation = Outbox.newestLink(outbox, colleague.email(), "/invitations/");
    nextPerson();
    open(invitation);
    assertThat(heading()).isEqualTo("You have been invited to join a partnership");
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains(PARTNERSHIP, "Viewer");
    scan("/invitations/{secret} (signed out)");

    keyboard.follow(By.cssSelector("main a.govuk-button[href='/sign-in']"));
    signInWithTheKeyboard(colleague.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl())
        .as("back to the invitation after signing in")
        .contains(invitation);
    checkDisplayModeKeptAfterSigningIn();
    scan("/invitations/{secret} (signed in)");

    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getCurrentUrl()).endsWith(home + "?joined");
    keyboard.waitUntilFocused(By.cssSelector(".govuk-notification-banner"), "banner after joining");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("You have joined the partnership.");
    assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
        .contains("Viewer");
    scan("/partnerships/{id}?joined");

    keyboard.follow(By.cssSelector("main a[href='" + home + "/members']"));
    assertThat(
            driver.findElements(
                By.cssSelector(
                    "main a[href$='/invite'], main a[href$='/role'], main a[href$='/remove']")))
        .as("a viewer manages nothing")
        .isEmpty();
    assertThat(members()).anySatisfy(row -> assertThat(row).contains("Colin Colleague", "Viewer"));
    scan("/partnerships/{id}/members (viewer)");

    open(invitation);
    assertThat(heading()).isEqualTo("This invitation has expired or has already been used");
    scan("/invitations/{secret} (used)");

    // The coordinator comes back to change the colleague's role, and then to remove them.
    nextPerson();
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);
    checkDisplayModeKeptAfterSigningIn();
    assertThat(driver.getCurrentUrl())
        .as("with one partnership, signing in goes straight to it")
        .endsWith(home);
    keyboard.follow(By.cssSelector("main a[href='" + home + "/members']"));

    keyboard.follow(memberLink("Colin Colleague", "/role"));
    assertThat(heading()).isEqualTo("Change role");
    scan("/partnerships/{id}/members/{m}/role");
    keyboard.chooseRadio("role", "MEMBER");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    keyboard.waitUntilFocused(
        By.cssSelector(".govuk-notification-banner"), "banner after changing a role");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Role changed for Colin Colleague");
    assertThat(members()).anySatisfy(row -> assertThat(row).contains("Colin Colleague", "Member"));

    // The only coordinator can neither step down nor leave.
    keyboard.follow(memberLink("Casey Coordinator", "/role"));
    keyboard.chooseRadio("role", "MEMBER");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/{id}/members/{m}/role"))
        .containsExactly("#role");
    assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("A partnership must have at least one coordinator");
    scan("/partnerships/{id}/members/{m}/role (last coordinator)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/partnerships/{id}/members/{m}/role");

    keyboard.follow(By.cssSelector("main a.govuk-back-link"));
    keyboard.follow(memberLink("Casey Coordinator", "/remove"));
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/{id}/members/{m}/remove"))
        .containsExactly("#remove-button");
    scan("/partnerships/{id}/members/{m}/remove (last coordinator)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/partnerships/{id}/members/{m}/remove");

    keyboard.follow(By.cssSelector("main a.govuk-back-link"));
    keyboard.follow(memberLink("Colin Colleague", "/remove"));
    assertThat(heading()).isEqualTo("Remove this person from the partnership?");
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Colin Colleague", colleague.email());
    scan("/partnerships/{id}/members/{m}/remove");

    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getCurrentUrl()).endsWith(home + "/members");
    keyboard.waitUntilFocused(
        By.cssSelector(".govuk-notification-banner"), "banner after removing someone");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Removed from the partnership: Colin Colleague");
    assertThat(members()).noneSatisfy(row -> assertThat(row).contains("Colin Colleague"));
    scan("/partnerships/{id}/members (member removed)");

    keyboard.follow(By.cssSelector("main a.govuk-back-link[href='" + home + "']"));
    keyboard.follow(By.cssSelector("main a[href='" + home + "/audit-log']"));
    assertThat(heading()).isEqualTo("Audit log");
    assertThat(driver.findElement(By.cssSelector("main table")).getText())
        .contains(colleague.email(), coordinator.email());
    scan("/partnerships/{id}/audit-log");
  }

  private By memberLink(String name, String action) {
    return By.xpath(
        "//main//tr[td[1][normalize-space()='"
            + name
            + "']]//a[substring(@href, string-length(@href) - "
            + (action.length() - 1)
            + ") = '"
            + action
            + "']");
  }

  private java.util.List<String> members() {
    return driver.findElements(By.cssSelector("main table:first-of-type tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private java.util.List<String> pendingInvitations() {
    return driver
        .findElements(
            By.xpath(
                "//main//h2[normalize-space()='Invitations waiting for a reply']/following-sibling::table[1]//tbody/tr"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
