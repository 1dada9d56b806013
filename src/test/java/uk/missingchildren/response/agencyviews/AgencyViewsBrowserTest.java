package uk.missingchildren.response.agencyviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Three people from three agencies give their views by their links, each in their own browser
 * session; the facilitator sees how far apart they are and the questions ranked, the group agrees
 * an answer and records one agency's different view, and the report shows it. In both display
 * modes, with axe on every page on the way and the layout checked at three widths.
 */
class AgencyViewsBrowserTest extends BrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void threeAgenciesByLink_theSpreadInTheRoom_aDifferentViewInTheReport(String mode) {
    Account coordinatorAccount = users.givenAccount("Cass Coordinates " + mode);
    SiteVisitor coordinator = users.signedIn(url(""), coordinatorAccount);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Views Room " + mode);
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    LocalDate due = LocalDate.now().plusDays(5);
    coordinator.submitForm(
        benchmark + "/views",
        "#ask-form",
        Map.of(
            "dueDay", String.valueOf(due.getDayOfMonth()),
            "dueMonth", String.valueOf(due.getMonthValue()),
            "dueYear", String.valueOf(due.getYear()),
            "shown", "agencies"));
    String police = link(coordinator, benchmark, "Pat Police", "POLICE");
    String socialCare = link(coordinator, benchmark, "Sam Social", "CHILDRENS_SOCIAL_CARE");
    String interviews = link(coordinator, benchmark, "Ria Return", "RETURN_HOME_INTERVIEW_SERVICE");

    giveViews(
        police, mode, List.of("Yes, consistently", "Partly"), "We have a named officer", true);
    giveViews(socialCare, mode, List.of("Partly", "Partly"), null, false);
    giveViews(interviews, mode, List.of("No", "Partly"), "Nobody could say who it is", false);

    driver.manage().deleteAllCookies();
    signIn(coordinatorAccount, mode);
    open(benchmark);
    assertThat(driver.findElement(By.id("views-summary")).getText())
        .isEqualTo(
            "3 of 3 people asked have given views. The agencies are far apart on 1 question.");
    assertNoAccessibilityViolations("benchmark overview with views", mode);
    open(benchmark + "/views");
    assertThat(driver.findElements(By.cssSelector("#people-asked tbody tr"))).hasSize(3);
    assertNoAccessibilityViolations("asking for views", mode);

    assertLayoutHolds(benchmark + "/views/spread", mode);
    driver.manage().window().setSize(new Dimension(1024, 768));
    open(benchmark + "/views/spread");
    saveScreenshot("agency-views-spread-" + mode + ".png");
    List<WebElement> rows = driver.findElements(By.cssSelector("#spread-table tbody tr"));
    assertThat(rows.get(0).getAttribute("id")).isEqualTo("spread-Q01");
    assertThat(rows.get(0).getText())
        .contains("Far apart", "Police: Yes, consistently", "Return home interview service: No");
    assertThat(rows.get(1).getAttribute("id")).isEqualTo("spread-Q02");
    assertThat(rows.get(1).getText()).contains("Same view");

    rows.get(0).findElement(By.tagName("a")).click();
    assertThat(driver.findElement(By.id("agency-views")).getText())
        .contains("Agencies' views before the meeting (3)", "Because: We have a named officer");
    saveScreenshot("agency-views-question-" + mode + ".png");
    assertNoAccessibilityViolations("question with agencies' views", mode);
    label("Partly").click();
    String question = driver.getCurrentUrl();
    driver.findElement(By.id("record-different-view")).click();
    waitUntilLeft(question);
    new Select(driver.findElement(By.id("differentAgency")))
        .selectByVisibleText("Return home interview service");
    assertNoAccessibilityViolations("recording a different view", mode);
    driver
        .findElement(By.id("differentView"))
        .sendKeys("Children tell interviewers nobody is in charge");
    String recording = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitUntilLeft(recording);
    assertThat(driver.findElement(By.id("different-views")).getText())
        .contains("Return home interview service: Children tell interviewers nobody is in charge");
    assertThat(driver.findElement(By.cssSelector("input[name=answer][value=partly]")).isSelected())
        .as("the answer chosen before recording was saved")
        .isTrue();

    BenchmarkMeetings.answerAll(coordinator, benchmark, Map.of("Q01", "partly"));
    BenchmarkMeetings.submit(coordinator, benchmark);
    open(benchmark + "/report");
    assertThat(driver.findElement(By.id("agency-views")).getText())
        .contains(
            "Where agencies' views differed",
            "The group agreed: Partly",
            "Return home interview service: Children tell interviewers nobody is in charge");
    assertNoAccessibilityViolations("report with agencies' views", mode);
    driver.manage().window().setSize(LAYOUT_SIZES.get(0));
  }

  /** One person follows their link in a browser of their own and answers the first questions. */
  private void giveViews(
      String link, String mode, List<String> answers, String reason, boolean checkPages) {
    driver.manage().deleteAllCookies();
    driver.get(url("/"));
    driver.manage().addCookie(new Cookie("display_mode", mode));
    driver.get(link);
    if (checkPages) {
      assertNoAccessibilityViolations("a personal link", mode);
    }
    driver.findElement(By.cssSelector("main form button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.id("your-questions")).size() == 1);
    String start = driver.getCurrentUrl();
    if (checkPages) {
      assertNoAccessibilityViolations("your views", mode);
    }
    driver.findElement(By.id("carry-on")).click();
    for (String answer : answers) {
      label(answer).click();
      if (reason != null) {
        driver.findElement(By.id("reason")).sendKeys(reason);
      }
      if (checkPages && answer.equals(answers.get(0))) {
        assertLayoutHolds(driver.getCurrentUrl().replaceAll("^https?://[^/]+", ""), mode);
        label(answer).click();
        driver.findElement(By.id("reason")).clear();
        driver.findElement(By.id("reason")).sendKeys(reason);
      }
      String before = driver.getCurrentUrl();
      driver.findElement(By.cssSelector("main form button[type=submit]")).click();
      waitUntilLeft(before);
    }
    driver.get(start);
    assertThat(driver.findElement(By.id("views-progress")).getText())
        .isEqualTo("You have answered " + answers.size() + " of 26 questions");
  }

  private void waitUntilLeft(String page) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(page));
  }

  private WebElement label(String text) {
    return driver.findElements(By.cssSelector("main .govuk-radios__label")).stream()
        .filter(label -> label.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No answer " + text));
  }

  private String link(SiteVisitor coordinator, String benchmark, String name, String agency) {
    coordinator.submitForm(
        benchmark + "/views", "#person-form", Map.of("name", name, "agency", agency, "email", ""));
    return Jsoup.parse(coordinator.get(benchmark + "/views").body()).select("#given-link").text();
  }
}
