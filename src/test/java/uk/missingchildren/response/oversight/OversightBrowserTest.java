package uk.missingchildren.response.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.ActionPlans;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * An oversight group set up and joined by keyboard, and its dashboard of three partnerships, in
 * both display modes: every page scanned by axe, the dashboard holding its layout from a projector
 * to a phone.
 */
class OversightBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aLeadSetsUpAGroup_aCoordinatorJoins_andTheDashboardShowsThemSideBySide(String mode) {
    startIn(mode);
    Account leadAccount = users.givenAccount("Lara Lead");
    SiteVisitor leadHttp = users.signedIn(url(""), leadAccount);
    BenchmarkMeetings.givenPartnership(leadHttp, "Lara's Partnership " + mode);
    Account coordinatorAccount = users.givenAccount("Cory Coordinator");
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            users.signedIn(url(""), coordinatorAccount),
            "Coryshire " + mode,
            Map.of("Q10", "no", "Q11", "partly"));
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    UUID actionId =
        ActionPlans.givenAction(
            users.signedIn(url(""), coordinatorAccount), partnershipId, "Joint approach " + mode);

    signIn(leadAccount, mode);
    open("/oversight");
    scan("/oversight");
    keyboard.follow(By.cssSelector("main a.govuk-button"));
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/oversight/new")).containsExactly("#name", "#kind");
    scan("/oversight/new (with errors)");
    keyboard.fillIn(By.id("name"), "Northshire Police oversight " + mode);
    keyboard.chooseRadio("kind", "POLICE_FORCE_AREA");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(heading()).isEqualTo("Northshire Police oversight " + mode);
    scan("/oversight/{groupId} (nobody shares yet)");
    String groupPath = driver.getCurrentUrl().replace(url(""), "");
    UUID groupId = UUID.fromString(groupPath.replaceAll(".*/", ""));
    assertLayoutHolds(groupPath + "/members", mode);
    keyboard.follow(By.cssSelector("form[action$='/invitations'] button"));
    String link = driver.findElement(By.id("joining-link-value")).getDomProperty("value");
    scan("/oversight/{groupId}/members (joining link)");

    for (String other : new String[] {"Northside", "Southside"}) {
      SiteVisitor someone = users.signedIn(url(""), users.givenAccount(other + " Coordinator"));
      String path =
          BenchmarkMeetings.givenSubmittedBenchmark(
              someone, other + " " + mode, Map.of("Q10", "partly", "Q05", "no"));
      OversightLinks.join(
          someone,
          OversightLinks.invite(leadHttp, groupId),
          UUID.fromString(path.split("/")[2]),
          Map.of("stageOne", "true", "checklists", "true", "actionSummary", "true"));
    }

    nextPerson();
    signIn(coordinatorAccount, mode);
    assertLayoutHolds(link.replaceFirst("^https?://[^/]+", ""), mode);
    keyboard.chooseRadio("partnershipId", partnershipId.toString());
    if (!driver.findElement(By.id("actionSummary")).isSelected()) {
      keyboard.tabTo(By.id("actionSummary"));
      keyboard.press(Keys.SPACE);
    }
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getCurrentUrl()).endsWith("/partnerships/" + partnershipId + "/oversight");
    scan("/partnerships/{id}/oversight");
    assertLayoutHolds("/partnerships/" + partnershipId + "/oversight/" + groupId, mode);
    raiseWithTheGroup(partnershipId, actionId, mode);

    nextPerson();
    signIn(leadAccount, mode);
    recordAMeeting(groupPath, actionId, mode);

    nextPerson();
    signIn(leadAccount, mode);
    assertLayoutHolds(groupPath, mode);
    open(groupPath);
    saveScreenshot("oversight-dashboard-" + mode + ".png");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.querySelector('.app-chart').scrollIntoView();");
    saveScreenshot("oversight-chart-" + mode + ".png");
    assertThat(driver.findElements(By.cssSelector("#partnerships tbody tr"))).hasSize(3);
    assertThat(driver.findElement(By.id("common-priorities")).getText())
        .startsWith(
            "2 of 3 partnerships have Data, intelligence and information sharing among the areas"
                + " to start with");
    assertThat(driver.findElement(By.id("raised-" + actionId)).getText())
        .contains("Joint approach " + mode, "Share one approach to return interviews");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('raised-heading').scrollIntoView();");
    saveScreenshot("oversight-raised-" + mode + ".png");
    assertLayoutHolds(groupPath + "/partnerships/" + partnershipId, mode);
    open(groupPath + "/partnerships/" + partnershipId);
    scan("/oversight/{groupId}/partnerships/{partnershipId}");
  }

  /** The coordinator asks the groups to respond to an action, by keyboard, with the empty error. */
  private void raiseWithTheGroup(UUID partnershipId, UUID actionId, String mode) {
    open("/partnerships/" + partnershipId + "/actions/" + actionId);
    keyboard.follow(By.id("oversight-raise"));
    scan("/partnerships/{id}/actions/{actionId}/oversight");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/{id}/actions/{actionId}/oversight"))
        .containsExactly("#request");
    scan("/partnerships/{id}/actions/{actionId}/oversight (with errors)");
    keyboard.fillIn(By.id("request"), "Share one approach to return interviews");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.findElement(By.id("oversight-request")).getText())
        .isEqualTo("Share one approach to return interviews");
    scan("/partnerships/{id}/actions/{actionId} (raised with the groups)");
    assertLayoutHolds("/partnerships/" + partnershipId + "/actions/" + actionId, mode);
    assertLayoutHolds("/partnerships/" + partnershipId + "/oversight", mode);
  }

  /** The lead records the group's meeting by keyboard, with a response to the raised action. */
  private void recordAMeeting(String groupPath, UUID actionId, String mode) {
    open(groupPath + "/meetings");
    scan("/oversight/{groupId}/meetings (none yet)");
    keyboard.follow(By.id("record-meeting"));
    scan("/oversight/{groupId}/meetings/new");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/oversight/{groupId}/meetings/new"))
        .contains("#minutes");
    scan("/oversight/{groupId}/meetings/new (with errors)");
    keyboard.fillIn(By.id("meetingDate"), "20");
    keyboard.fillIn(By.id("meetingDate-month"), "11");
    keyboard.fillIn(By.id("meetingDate-year"), "2026");
    keyboard.fillIn(By.id("facilitator"), "Lara Lead");
    keyboard.fillIn(By.id("noteTaker"), "Nat Notes");
    keyboard.fillIn(By.id("minutes"), "Agreed a joint protocol review.");
    keyboard.fillIn(By.id("responses[" + actionId + "]"), "The force will lead it.");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.findElement(By.id("responses")).getText())
        .contains("The force will lead it.");
    String meetingPath = driver.getCurrentUrl().replace(url(""), "");
    saveScreenshot("oversight-minutes-" + mode + ".png");
    scan("/oversight/{groupId}/meetings/{meetingId}");
    assertLayoutHolds(meetingPath, mode);
    keyboard.follow(By.id("change-minutes"));
    scan("/oversight/{groupId}/meetings/{meetingId}/change");
    open(groupPath + "/meetings");
    scan("/oversight/{groupId}/meetings");
  }
}
