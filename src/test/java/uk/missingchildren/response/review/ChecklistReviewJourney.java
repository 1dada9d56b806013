package uk.missingchildren.response.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A whole checklist review, by keyboard alone: start it from the hub, add an attendee, rate all 15
 * items of the return home interviews checklist (one not applicable, first without a reason), read
 * the summary, set two actions (one for an agency, one from stage one's actions arising), complete
 * it and read its report. Every page on the way is scanned by axe.
 */
abstract class ChecklistReviewJourney extends JourneyBrowserTest {

  private static final String AREA = "return-home-interviews";
  private static final List<String> REQUIRED =
      List.of("T05-R01", "T05-R02", "T05-R03", "T05-R04", "T05-R05", "T05-R06");
  private static final List<String> GOOD_PRACTICE =
      List.of("T05-G01", "T05-G02", "T05-G03", "T05-G04", "T05-G05", "T05-G06");
  private static final List<String> RESOURCES = List.of("T05-A01", "T05-A02", "T05-A03");

  @Autowired TestUsers users;

  protected abstract boolean javascript();

  protected void runAWholeReview(String mode) {
    Account coordinator = users.givenAccount("Fran Facilitator");
    SiteVisitor http = users.signedIn(url(""), coordinator);
    Map<String, String> answers = new HashMap<>(Map.of("Q10", "no", "Q11", "no", "Q12", "partly"));
    java.util.UUID partnershipId =
        BenchmarkMeetings.givenPartnership(http, "Keyboard Review Partnership " + mode);
    String benchmark =
        BenchmarkMeetings.start(http, partnershipId, java.time.LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.answerAll(http, benchmark, answers);
    BenchmarkMeetings.answer(
        http, benchmark, "Q10", "no", "Discussed", "Agree who offers interviews out of hours");
    BenchmarkMeetings.submit(http, benchmark);
    String home = "/partnerships/" + partnershipId;
    startIn(mode);
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);

    open(home + "/checklists");
    assertThat(driver.findElement(By.id("priorities")).getText())
        .contains("Return home interviews");
    scan(home + "/checklists");
    keyboard.follow(By.cssSelector("#" + AREA + " a.govuk-task-list__link"));
    String review = startTheReview();
    rateSection(review, "required", REQUIRED, "not_met", "high");
    rateSection(review, "good-practice", GOOD_PRACTICE, "partly_met", "medium");
    rateSection(review, "additional-resources", RESOURCES, "fully_met", "low");
    setActionsFromTheSummary(review);
    completeAndReadTheReport(review);
  }

  private String startTheReview() {
    assertThat(heading()).isEqualTo("Start a checklist review");
    scan("/checklists/{area}/reviews/new");
    keyboard.follow(By.cssSelector("#start-review button[type=submit]"));
    assertThat(errorSummary("start review"))
        .containsExactly("#meetingDate", "#facilitator", "#noteTaker");
    scan("/checklists/{area}/reviews/new (with errors)");
    keyboard.fillIn(By.id("meetingDate"), "9");
    keyboard.fillIn(By.id("meetingDate-month"), "11");
    keyboard.fillIn(By.id("meetingDate-year"), "2026");
    keyboard.fillIn(By.id("facilitator"), "Fran Facilitator");
    keyboard.fillIn(By.id("noteTaker"), "Nat Notes");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(heading()).isEqualTo("Who is at the meeting");
    String review =
        uk.missingchildren.response.support.ChecklistMeetings.reviewPath(driver.getCurrentUrl());
    scan(review + "/attendees");
    keyboard.fillIn(By.id("name"), "Rhi Interviewer");
    keyboard.tabTo(By.id("agency"));
    keyboard.press("Return");
    keyboard.follow(By.cssSelector("#add-attendee button[type=submit]"));
    keyboard.follow(By.cssSelector("main a.govuk-button[href='" + review + "']"));
    assertThat(heading()).isEqualTo("Return home interviews");
    assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo("0 of 15 items rated");
    scan(review + " (overview)");
    return review;
  }

  private void rateSection(
      String review, String section, List<String> items, String extent, String impact) {
    keyboard.follow(By.cssSelector("main a[href='" + review + "/sections/" + section + "']"));
    scan(review + "/sections/" + section);
    for (String item : items) {
      boolean notApplicable = item.equals("T05-R06");
      String form = "form[id='" + item + "']";
      keyboard.chooseRadio(
          By.cssSelector(form + " input[name=extent]"), notApplicable ? "not_applicable" : extent);
      if (notApplicable) {
        // First without the reason the group must give: the item is refused with a clear error.
        keyboard.follow(By.cssSelector(form + " button[type=submit]"));
        assertThat(errorSummary(section + " (not applicable without a reason)"))
            .containsExactly("#" + item + "-reason");
        scan(review + "/sections/" + section + " (with errors)");
        keyboard.fillIn(By.id(item + "-reason"), "No children from here are placed out of area");
      } else {
        keyboard.chooseRadio(By.cssSelector(form + " input[name=impact]"), impact);
        keyboard.fillIn(By.id(item + "-evidence"), "Audit evidence for " + item);
      }
      if (javascript()) {
        waitUntilSaved(item);
      } else {
        keyboard.follow(By.cssSelector(form + " button[type=submit]"));
      }
    }
    keyboard.follow(By.cssSelector("a[href='" + review + "']"));
  }

  private void waitUntilSaved(String item) {
    // Typing pauses 1.5 s before saving; leaving the field saves at once.
    keyboard.press(org.openqa.selenium.Keys.TAB);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.cssSelector("form[id='" + item + "'] [data-autosave-status]"))
                    .getText()
                    .startsWith("Saved at"));
  }

  private void setActionsFromTheSummary(String review) {
    assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo("15 of 15 items rated");
    keyboard.follow(By.cssSelector("main a[href='" + review + "/summary']"));
    assertThat(driver.findElement(By.id("required-not-met")).getText()).contains("T05-R01");
    scan(review + "/summary");

    keyboard.follow(By.cssSelector("a[href='" + review + "/items/T05-R01/actions/new']"));
    scan(review + "/items/{item}/actions/new");
    keyboard.follow(By.cssSelector("#set-action button[type=submit]"));
    assertThat(errorSummary("set action")).contains("#title", "#owner");
    scan(review + "/items/{item}/actions/new (with errors)");
    keyboard.fillIn(By.id("title"), "Commission an out-of-hours return interview offer");
    keyboard.fillIn(
        By.id("description"), "Extend the contract so interviews are offered at weekends");
    keyboard.chooseRadio("owner", "AGENCY");
    keyboard.tabTo(By.id("agency"));
    keyboard.press("Return");
    keyboard.fillIn(By.id("leadPerson"), "Rhi Manager");
    keyboard.fillIn(By.id("dueDate"), "31");
    keyboard.fillIn(By.id("dueDate-month"), "3");
    keyboard.fillIn(By.id("dueDate-year"), "2027");
    keyboard.fillIn(
        By.id("successMeasure"), "90% of children offered an interview within 72 hours");
    keyboard.follow(By.cssSelector("#set-action button[type=submit]"));
    assertThat(driver.getCurrentUrl()).contains(review + "/summary");
    assertThat(driver.findElement(By.id("T05-R01")).getText())
        .contains("Commission an out-of-hours return interview offer");
    scan(review + "/summary (action set)");

    keyboard.follow(By.cssSelector("a[href='" + review + "/questions/Q10/actions/new']"));
    scan(review + "/questions/{question}/actions/new");
    keyboard.fillIn(By.id("title"), "Agree out-of-hours interviews");
    keyboard.chooseRadio("owner", "PARTNERSHIP");
    keyboard.fillIn(By.id("leadPerson"), "Partnership manager");
    keyboard.fillIn(By.id("dueDate"), "30");
    keyboard.fillIn(By.id("dueDate-month"), "6");
    keyboard.fillIn(By.id("dueDate-year"), "2027");
    keyboard.fillIn(By.id("successMeasure"), "Protocol updated and agreed by all partners");
    keyboard.follow(By.cssSelector("#set-action button[type=submit]"));
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Agree out-of-hours interviews");
    keyboard.follow(By.cssSelector("main a[href='" + review + "']"));
  }

  private void completeAndReadTheReport(String review) {
    keyboard.follow(By.cssSelector("main a[href='" + review + "/complete']"));
    scan(review + "/complete");
    keyboard.follow(By.cssSelector("#complete-review button[type=submit]"));
    assertThat(driver.getCurrentUrl()).endsWith(review + "/report");
    String report = driver.findElement(By.cssSelector("main")).getText();
    assertThat(report)
        .contains(
            "Commission an out-of-hours return interview offer",
            "Agree out-of-hours interviews",
            "No children from here are placed out of area");
    scan(review + "/report");
  }

  private List<String> errorSummary(String page) {
    if (javascript()) {
      return assertErrorSummaryHasFocus(page);
    }
    return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
        .map(link -> link.getDomAttribute("href"))
        .toList();
  }
}
