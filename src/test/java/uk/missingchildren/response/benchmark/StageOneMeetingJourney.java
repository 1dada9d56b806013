package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.BrowserDownloads;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.TestUsers;

/**
 * A whole stage-one meeting, driven with the keyboard alone: meeting details, attendees, all 26
 * questions with notes, check answers, submit, the report, its downloads and emailing it. Every
 * page on the way is scanned by axe. Run with JavaScript on and off by the two test classes.
 */
abstract class StageOneMeetingJourney extends JourneyBrowserTest {

  private static final List<String> ANSWERS = List.of("yes", "partly", "no", "dont_know");

  @Autowired TestUsers users;
  @Autowired EmailMessages outbox;

  /** Whether the page's own scripts run, so autosave can be checked where it exists. */
  protected abstract boolean javascript();

  /**
   * The 26 question pages are one template with different words. The journey with JavaScript scans,
   * in both display modes, the first two and then each one whose page holds a kind of element not
   * met before (a list in the guidance, a details box); the journey without JavaScript scans the
   * first two.
   */
  protected boolean scansQuestionsWithNewElements() {
    return javascript();
  }

  private final Set<String> scannedShapes = new HashSet<>();

  /** Whether this question page holds a kind of element (tag and classes) not met before. */
  private boolean newShape() {
    @SuppressWarnings("unchecked")
    List<String> shape =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return [...new Set([...document.querySelectorAll('main *')].map(e => e.tagName + '.' + [...e.classList].sort().join('.')))];");
    return scannedShapes.addAll(shape);
  }

  protected void runAWholeMeeting(String mode) {
    Account coordinator = users.givenAccount("Fran Facilitator");
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(
            users.signedIn(url(""), coordinator), "Keyboard Meeting Partnership " + mode);
    String home = "/partnerships/" + partnershipId;
    startIn(mode);
    open("/sign-in");
    signInWithTheKeyboard(coordinator.email(), TestUsers.PASSWORD);
    checkDisplayModeKeptAfterSigningIn();

    open(home);
    scan(home + " (no benchmark yet)");
    keyboard.follow(By.cssSelector("main a[href='" + home + "/benchmarks/new']"));
    String benchmark = startTheBenchmark();
    addTheAttendees(benchmark);
    answerEveryQuestion(benchmark);
    checkAndSubmit(benchmark);
    readTheReportAndTakeItAway(benchmark);
    startThePriorityChecklistFromTheReport(benchmark, home);
    decideTheProposedActions(home);

    open(home);
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("From the benchmark of 2 November 2026.")
        .contains("4 actions arising from stage one are waiting to be agreed, merged or set aside");
    scan(home + " (benchmark submitted)");
    keyboard.follow(By.cssSelector("main a[href='" + home + "/benchmarks']"));
    assertThat(driver.findElement(By.cssSelector("main tbody")).getText())
        .contains("2 November 2026", "Submitted");
    scan(home + "/benchmarks");
  }

  private String startTheBenchmark() {
    assertThat(heading()).isEqualTo("Start a benchmark");
    scan("/benchmarks/new");
    keyboard.follow(By.cssSelector("#start-benchmark button[type=submit]"));
    assertThat(errorSummary("/benchmarks/new"))
        .containsExactly("#meetingDate", "#facilitator", "#noteTaker");
    scan("/benchmarks/new (with errors)");
    if (javascript()) {
      assertErrorSummaryLinksMoveFocusToTheirFields("/benchmarks/new");
    }

    keyboard.fillIn(By.id("meetingDate"), "2");
    keyboard.fillIn(By.id("meetingDate-month"), "11");
    keyboard.fillIn(By.id("meetingDate-year"), "2026");
    keyboard.fillIn(By.id("facilitator"), "Fran Facilitator");
    keyboard.fillIn(By.id("noteTaker"), "Nat Notes");
    keyboard.enterAndWaitForTheNextPage();
    assertThat(heading()).isEqualTo("Who is at the meeting");
    return BenchmarkMeetings.benchmarkPath(driver.getCurrentUrl());
  }

  private void addTheAttendees(String benchmark) {
    scan(benchmark + "/attendees (nobody yet)");
    addAttendee("Pat Police", "Police", "Missing persons coordinator");
    addAttendee("Sam Social", "Children", "Team manager");
    addAttendee("Rhi Interviewer", "Return", "");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("Rhi Interviewer has been added");
    scan(benchmark + "/attendees (three added)");

    keyboard.follow(By.xpath("//table[@id='attendees']//tr[td[1][.='Sam Social']]//a"));
    assertThat(heading()).isEqualTo("Change attendee");
    scan(benchmark + "/attendees/{id}");
    keyboard.fillIn(By.id("role"), "Head of service");
    keyboard.follow(By.cssSelector("#change-attendee button[type=submit]"));
    keyboard.follow(By.xpath("//table[@id='attendees']//tr[td[1][.='Rhi Interviewer']]//button"));
    assertThat(rows("#attendees tbody tr"))
        .containsExactly(
            "Pat Police Police Missing persons coordinator Change Pat Police Remove Pat Police",
            "Sam Social Children's social care Head of service Change Sam Social Remove Sam Social");
    scan(benchmark + "/attendees (one removed)");
    keyboard.follow(By.cssSelector("main a.govuk-button[href='" + benchmark + "']"));
  }

  private void addAttendee(String name, String agencyTyped, String role) {
    keyboard.fillIn(By.id("name"), name);
    keyboard.tabTo(By.id("agency"));
    keyboard.press(agencyTyped);
    keyboard.fillIn(By.id("role"), role);
    keyboard.follow(By.cssSelector("#add-attendee button[type=submit]"));
  }

  private void answerEveryQuestion(String benchmark) {
    assertThat(heading()).isEqualTo("Benchmark of 2 November 2026");
    assertThat(driver.findElement(By.id("progress")).getText())
        .isEqualTo("0 of 26 questions answered");
    assertThat(driver.findElements(By.cssSelector(".govuk-task-list__item"))).hasSize(26);
    scan(benchmark + " (overview)");
    keyboard.follow(By.cssSelector("main a[href='" + benchmark + "/questions/Q01']"));

    for (int i = 0; i < BenchmarkMeetings.QUESTIONS.size(); i++) {
      String question = BenchmarkMeetings.QUESTIONS.get(i);
      assertThat(driver.findElement(By.cssSelector("main .govuk-caption-l")).getText())
          .startsWith("Question " + (i + 1) + " of 26");
      boolean newShape = newShape();
      if (i < 2 || scansQuestionsWithNewElements() && newShape) {
        scan(benchmark + "/questions/" + question);
      }
      keyboard.chooseRadio("answer", ANSWERS.get(i % ANSWERS.size()));
      if (javascript() && i == 0) {
        savedWithoutPressingAnything(question);
      }
      keyboard.fillIn(By.id("notes"), "Discussed " + question + " with every agency.");
      if (i % 5 == 0) {
        keyboard.fillIn(By.id("actionsArising"), "Action from " + question);
      }
      if (javascript() && i == 1) {
        // Leaving by the Next link, not the button: the typing is saved on the way out.
        keyboard.follow(By.cssSelector("a[rel=next]"));
      } else {
        keyboard.follow(By.cssSelector("#answer-form button[type=submit]"));
      }
    }
  }

  /** The answer is on the server before any button is pressed: a reload shows it. */
  private void savedWithoutPressingAnything(String question) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.id("autosave-status"))
                    .getText()
                    .matches("Saved at \\d{1,2}:\\d{2}(am|pm)"));
    driver.navigate().refresh();
    assertThat(driver.findElement(By.cssSelector("input[name=answer][value=yes]")).isSelected())
        .as(question + " saved in the background")
        .isTrue();
    assertThat(driver.findElement(By.id("autosave-status")).getText()).startsWith("Last saved at");
  }

  private void checkAndSubmit(String benchmark) {
    assertThat(driver.getCurrentUrl()).endsWith(benchmark + "/check");
    assertThat(heading()).isEqualTo("Check your answers before submitting");
    String page = driver.findElement(By.cssSelector("main")).getText();
    assertThat(page).contains("26 of 26 questions answered");
    for (String question : BenchmarkMeetings.QUESTIONS) {
      assertThat(page).contains("Discussed " + question + " with every agency.");
    }
    assertThat(page).contains("Action from Q01", "Action from Q26");
    assertThat(driver.findElements(By.cssSelector(".govuk-tag--red")))
        .as("nothing unanswered")
        .isEmpty();
    scan(benchmark + "/check");

    keyboard.follow(By.cssSelector("#submit-benchmark button[type=submit]"));
    assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText())
        .isEqualTo("Benchmark submitted");
    scan(benchmark + "/submitted");
    keyboard.follow(By.cssSelector("main a.govuk-button[href='" + benchmark + "/report']"));
  }

  private void readTheReportAndTakeItAway(String benchmark) {
    assertThat(heading()).isEqualTo("Stage one report");
    assertThat(driver.findElements(By.cssSelector("main svg[role=img]"))).hasSize(1);
    scan(benchmark + "/report");

    BrowserDownloads.clear();
    keyboard.tabTo(By.cssSelector("main a[href='" + benchmark + "/report.pdf']"));
    keyboard.press(Keys.ENTER);
    assertThat(BrowserDownloads.firstBytes(driver, ".pdf")).startsWith("%PDF");
    keyboard.tabTo(By.cssSelector("main a[href='" + benchmark + "/report.docx']"));
    keyboard.press(Keys.ENTER);
    assertThat(BrowserDownloads.firstBytes(driver, ".docx")).startsWith("PK");

    keyboard.follow(By.cssSelector("main a[href='" + benchmark + "/report/email']"));
    scan(benchmark + "/report/email");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(errorSummary("/report/email")).containsExactly("#addresses");
    scan(benchmark + "/report/email (with errors)");
    keyboard.fillIn(By.id("addresses"), "board.chair@example.org, police.lead@example.org");
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(driver.getCurrentUrl()).contains(benchmark + "/report");
    // No email server in this test's context, so the page says the messages were not sent.
    assertThat(driver.findElement(By.id("delivery-notice")).getText())
        .contains("Not sent: no mail server is set up");
    scan(benchmark + "/report (emailed)");
    assertThat(outbox.findAll())
        .filteredOn(m -> m.recipient().equals("police.lead@example.org"))
        .anySatisfy(m -> assertThat(m.attachmentNames()).endsWith(".pdf"));
  }

  /** The report's first priority area: one click on its button and the checklist review starts. */
  private void startThePriorityChecklistFromTheReport(String benchmark, String home) {
    open(benchmark + "/report");
    WebElement first = driver.findElement(By.cssSelector("#priorities a.app-next-step"));
    String slug = first.getDomAttribute("data-next-step");
    assertThat(first.getText()).startsWith("Start the ").endsWith(" checklist");
    keyboard.follow(By.cssSelector("#priorities a.app-next-step"));
    assertThat(driver.getCurrentUrl()).endsWith(home + "/checklists/" + slug + "/reviews/new");
    assertThat(heading()).isEqualTo("Start a checklist review");
  }

  /**
   * The six actions arising written in the meeting (questions 1, 6, 11, 16, 21 and 26) are all in
   * the action plan as proposed actions: one is agreed as an action, one set aside.
   */
  private void decideTheProposedActions(String home) {
    open(home + "/actions");
    assertThat(driver.findElement(By.id("proposed-heading")).getText())
        .isEqualTo("6 proposed actions to decide");
    assertThat(rows("#proposed .app-proposal"))
        .allSatisfy(card -> assertThat(card).containsPattern("Action from Q(01|06|11|16|21|26)"));
    scan(home + "/actions (6 proposed)");

    keyboard.follow(By.cssSelector("#proposal-1 a[href$='/agree']"));
    assertThat(heading()).isEqualTo("Agree a proposed action");
    assertThat(driver.findElement(By.id("proposed-text")).getText()).isEqualTo("Action from Q01");
    scan(home + "/actions/proposed/{benchmark}/{question}/agree");
    keyboard.fillIn(By.id("title"), "Agree the missing protocol");
    keyboard.chooseRadio("owner", "PARTNERSHIP");
    keyboard.fillIn(By.id("leadPerson"), "Pat Police");
    LocalDate due = LocalDate.now().plusMonths(3);
    keyboard.fillIn(By.id("dueDate"), String.valueOf(due.getDayOfMonth()));
    keyboard.fillIn(By.id("dueDate-month"), String.valueOf(due.getMonthValue()));
    keyboard.fillIn(By.id("dueDate-year"), String.valueOf(due.getYear()));
    keyboard.fillIn(By.id("successMeasure"), "Every agency has signed it");
    keyboard.follow(By.cssSelector("#agree-proposal button[type=submit]"));
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
        .contains("Action set: Agree the missing protocol");
    assertThat(rows("#register tbody tr")).hasSize(1);
    assertThat(driver.findElement(By.id("proposed-heading")).getText())
        .isEqualTo("5 proposed actions to decide");

    keyboard.follow(By.cssSelector("#proposal-1 a[href$='/set-aside']"));
    assertThat(heading()).isEqualTo("Set aside a proposed action");
    keyboard.follow(By.cssSelector("#set-aside-proposal button[type=submit]"));
    assertThat(errorSummary("/set-aside")).containsExactly("#reason");
    scan(home + "/actions/proposed/{benchmark}/{question}/set-aside (with errors)");
    keyboard.fillIn(By.id("reason"), "The RHI service already does this");
    keyboard.follow(By.cssSelector("#set-aside-proposal button[type=submit]"));
    assertThat(driver.findElement(By.id("proposed-heading")).getText())
        .isEqualTo("4 proposed actions to decide");
    assertThat(driver.findElement(By.cssSelector("#decided")).getText())
        .contains("2 proposed actions decided");
    scan(home + "/actions (2 decided)");
  }

  /**
   * The error summary's links; with JavaScript, GOV.UK Frontend must also have moved focus to it.
   */
  private List<String> errorSummary(String page) {
    if (javascript()) {
      return assertErrorSummaryHasFocus(page);
    }
    return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
        .map(link -> link.getDomAttribute("href"))
        .toList();
  }

  private List<String> rows(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .map(WebElement::getText)
        .map(text -> text.replaceAll("\\s+", " ").strip())
        .toList();
  }
}
