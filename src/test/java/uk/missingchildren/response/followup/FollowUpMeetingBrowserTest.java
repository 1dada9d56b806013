package uk.missingchildren.response.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.BrowserDownloads;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.TestUsers;

/**
 * A follow-up meeting by keyboard alone, in each display mode: the action plan and an action's
 * page, starting the meeting (first with nothing filled in), an attendee, three actions reviewed
 * (progress; an amendment with its reason; closing, first without the impact it had), finishing it,
 * the minutes downloaded as PDF and Word, and the plan exported to Excel. Every page on the way is
 * scanned by axe.
 */
class FollowUpMeetingBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ActionService actions;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void aFollowUpMeetingOverSeveralActions_withTheKeyboardAlone(String mode) {
    Account coordinator = users.givenAccount("Fay Facilitator " + mode);
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(
            users.signedIn(url(""), coordinator), "Follow-up Partnership " + mode);
    PartnershipContext context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(coordinator.email()));
    given(context, "Brief response officers on push factors", "T03", Agency.POLICE, 10);
    given(context, "Offer every child a return interview", "T05", null, 20);
    given(context, "Share missing episode data monthly", "T08", null, -5);
    String home = "/partnerships/" + partnershipId;

    startIn(mode);
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);
    readThePlan(home);
    String meeting = startTheMeeting(home);
    reviewTheActions(meeting);
    finishAndTakeTheMinutes(meeting);
    exportThePlan(home);
  }

  private void readThePlan(String home) {
    open(home + "/actions");
    assertThat(heading()).isEqualTo("Action plan");
    assertThat(driver.findElement(By.id("overdue-count")).getText()).isEqualTo("1");
    scan(home + "/actions");
    keyboard.follow(By.linkText("Share missing episode data monthly"));
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Not started Overdue");
    scan(home + "/actions/{actionId}");
    keyboard.follow(By.cssSelector("a.govuk-back-link"));
    keyboard.follow(By.cssSelector("main a[href$='/follow-ups']"));
    assertThat(heading()).isEqualTo("Follow-up meetings");
    scan(home + "/follow-ups");
  }

  private String startTheMeeting(String home) {
    keyboard.follow(By.cssSelector("main a.govuk-button[href$='/follow-ups/new']"));
    scan(home + "/follow-ups/new");
    keyboard.follow(By.cssSelector("#start-follow-up button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("start follow-up"))
        .containsExactly("#meetingDate", "#facilitator", "#noteTaker");
    scan(home + "/follow-ups/new (with errors)");
    LocalDate today = actions.today();
    keyboard.fillIn(By.id("meetingDate"), String.valueOf(today.getDayOfMonth()));
    keyboard.fillIn(By.id("meetingDate-month"), String.valueOf(today.getMonthValue()));
    keyboard.fillIn(By.id("meetingDate-year"), String.valueOf(today.getYear()));
    keyboard.fillIn(By.id("facilitator"), "Fay Facilitator");
    keyboard.fillIn(By.id("noteTaker"), "Ned Notes");
    keyboard.chooseRadio("scope", "DUE_OR_OVERDUE");
    keyboard.follow(By.cssSelector("#start-follow-up button[type=submit]"));
    assertThat(heading()).isEqualTo("Who is at the meeting");
    String meeting =
        driver.getCurrentUrl().replaceAll("/attendees$", "").replaceAll("^https?://[^/]+", "");
    scan(meeting + "/attendees");
    keyboard.fillIn(By.id("name"), "Priya Police");
    keyboard.tabTo(By.id("agency"));
    keyboard.press("Police");
    keyboard.follow(By.cssSelector("#add-attendee button[type=submit]"));
    keyboard.follow(By.cssSelector("main a.govuk-button[href='" + meeting + "']"));
    assertThat(driver.findElement(By.id("progress")).getText())
        .isEqualTo("0 of 3 actions reviewed");
    scan(meeting + " (overview)");
    return meeting;
  }

  private void reviewTheActions(String meeting) {
    keyboard.follow(By.cssSelector("main a.govuk-button[href*='/actions/']"));
    assertThat(heading()).isEqualTo("Brief response officers on push factors");
    scan(meeting + "/actions/{actionId}");
    keyboard.follow(By.cssSelector(".app-presenter-enter button"));
    assertThat(driver.findElement(By.cssSelector(".app-presenter-bar")).getText())
        .contains("Action 1 of 3");
    scan(meeting + "/actions/{actionId} (presenter view)");
    keyboard.follow(By.cssSelector(".app-presenter-bar form.app-inline-form button"));
    assertThat(driver.findElements(By.cssSelector(".govuk-header"))).hasSize(1);
    keyboard.fillIn(By.id("progress"), "Two of five teams briefed.");
    keyboard.chooseRadio("status", "IN_PROGRESS");
    keyboard.follow(By.cssSelector("#review-action button[type=submit]"));

    assertThat(heading()).isEqualTo("Offer every child a return interview");
    keyboard.fillIn(By.id("leadPerson"), "Sam Senior");
    keyboard.fillIn(By.id("amendReason"), "The commissioning lead changed.");
    keyboard.follow(By.cssSelector("#review-action button[type=submit]"));

    assertThat(heading()).isEqualTo("Share missing episode data monthly");
    keyboard.chooseRadio("status", "CLOSED");
    keyboard.follow(By.cssSelector("#review-action button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("closing without impact"))
        .containsExactly("#impactStatement");
    scan(meeting + "/actions/{actionId} (with errors)");
    keyboard.fillIn(
        By.id("impactStatement"),
        "Data shared monthly since June; the board now sees repeat episodes.");
    keyboard.chooseRadio("impactRating", "SIGNIFICANT");
    keyboard.follow(By.cssSelector("#review-action button[type=submit]"));
    assertThat(driver.findElement(By.id("progress")).getText())
        .isEqualTo("3 of 3 actions reviewed");
  }

  private void finishAndTakeTheMinutes(String meeting) {
    keyboard.follow(By.cssSelector("main a[href='" + meeting + "/finish']"));
    scan(meeting + "/finish");
    keyboard.fillIn(By.id("nextMeetingDate"), "15");
    keyboard.fillIn(By.id("nextMeetingDate-month"), "3");
    keyboard.fillIn(By.id("nextMeetingDate-year"), String.valueOf(actions.today().getYear() + 1));
    keyboard.follow(By.cssSelector("#finish-follow-up button[type=submit]"));
    assertThat(driver.findElement(By.id("minutes-status")).getText())
        .isEqualTo("Final: the meeting has finished");
    assertThat(driver.findElement(By.id("reviewed")).getText())
        .contains(
            "Two of five teams briefed.",
            "Lead person Lee Lead to Sam Senior",
            "The commissioning lead changed.",
            "A significant difference for children. Data shared monthly since June; the board now sees repeat episodes.");
    scan(meeting + "/minutes");
    BrowserDownloads.clear();
    keyboard.tabTo(By.cssSelector("a[href$='/minutes.pdf']"));
    keyboard.press(org.openqa.selenium.Keys.ENTER);
    assertThat(DocumentText.ofPdf(BrowserDownloads.file(driver, ".pdf")))
        .contains("Priya Police", "Sam Senior");
    keyboard.tabTo(By.cssSelector("a[href$='/minutes.docx']"));
    keyboard.press(org.openqa.selenium.Keys.ENTER);
    assertThat(DocumentText.ofWord(BrowserDownloads.file(driver, ".docx")))
        .contains("Two of five teams briefed.");
  }

  private void exportThePlan(String home) {
    open(home + "/actions");
    BrowserDownloads.clear();
    keyboard.tabTo(By.cssSelector("a[href$='/action-plan.xlsx']"));
    keyboard.press(org.openqa.selenium.Keys.ENTER);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new java.io.ByteArrayInputStream(BrowserDownloads.file(driver, ".xlsx")))) {
      String sheet =
          DocumentText.normalise(
              new org.apache.poi.xssf.extractor.XSSFExcelExtractor(workbook).getText());
      assertThat(sheet)
          .contains(
              "Brief response officers on push factors",
              "Offer every child a return interview",
              "Share missing episode data monthly",
              "Sam Senior");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void given(
      PartnershipContext context, String title, String themeId, Agency agency, int dueInDays) {
    actions.create(
        context,
        new NewAction(
            themeId,
            ActionSource.CHECKLIST_ITEM,
            themeId + "-R01",
            null,
            null,
            title,
            "What will be done",
            agency == null ? ActionOwner.PARTNERSHIP : ActionOwner.AGENCY,
            agency,
            "Lee Lead",
            actions.today().plusDays(dueInDays),
            "How we will know"));
  }
}
