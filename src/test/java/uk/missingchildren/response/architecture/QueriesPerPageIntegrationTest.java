package uk.missingchildren.response.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.QueryCounter;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Each page reads the database a fixed, small number of times, however much the partnership has
 * recorded: a page that read once per answer, attendee, rating or action (an "N+1") would make the
 * counts below grow with the data, and this test fail.
 */
class QueriesPerPageIntegrationTest extends IntegrationTest {

  /**
   * Session, membership and partnership, then the page's own records. The partnership's dashboard,
   * which sums up every stage, needs the most: 12 on 2026-12-04 (two for the stage-one proposals it
   * counts).
   */
  private static final long MOST_STATEMENTS_FOR_A_PAGE = 12;

  @Autowired TestUsers users;
  @Autowired QueryCounter queries;

  @Test
  void stageOnePages_readAsOftenWithOneAnswer_asWithEveryAnswerAndFiveAttendees() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Quinn Queries"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Few Queries Partnership");
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.answer(visitor, benchmark, "Q01", "yes", "Notes", "An action");
    Map<String, Long> few = counts(visitor, stageOnePages(partnershipId, benchmark));

    for (int i = 1; i <= 5; i++) {
      BenchmarkMeetings.addAttendee(visitor, benchmark, "Attendee " + i, "POLICE", "Role " + i);
    }
    BenchmarkMeetings.answerAll(
        visitor, benchmark, Map.of("Q03", "partly", "Q09", "no", "Q12", "dont_know"));
    Map<String, Long> many = counts(visitor, stageOnePages(partnershipId, benchmark));

    assertThat(many).isEqualTo(few);
    assertThat(many)
        .allSatisfy(
            (page, statements) ->
                assertThat(statements).as(page).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_PAGE));
  }

  @Test
  void theStageOneReport_readsAFixedNumberOfTimes() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Rory Report"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            visitor, "Report Queries Partnership", Map.of("Q02", "no"));

    long statements = queries.fewestOfTwo(ok(visitor, benchmark + "/report"));

    assertThat(statements).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_PAGE);
  }

  @Test
  void checklistPages_andTheActionPlan_readAsOftenWithOneRatingAndAction_asWithTwelve() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Cass Checklist"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(visitor, "Checklist Queries Partnership");
    String review =
        ChecklistMeetings.start(
            visitor, partnershipId, "return-home-interviews", LocalDate.of(2026, 11, 9), "blank");
    List<String> required = List.of("T05-R01", "T05-R02", "T05-R03", "T05-R04");
    ChecklistMeetings.rate(
        visitor, review, "required", required.get(0), "not_met", "high", "Reason", "Evidence");
    setAction(visitor, review, required.get(0), "Action 0");
    Map<String, Long> few = counts(visitor, stageTwoPages(partnershipId, review));

    for (String item : required.subList(1, required.size())) {
      ChecklistMeetings.rate(
          visitor, review, "required", item, "partly_met", "medium", "Reason", "Evidence");
    }
    for (int i = 1; i < 12; i++) {
      setAction(visitor, review, required.get(i % required.size()), "Action " + i);
    }
    Map<String, Long> many = counts(visitor, stageTwoPages(partnershipId, review));

    assertThat(many).isEqualTo(few);
    assertThat(many)
        .allSatisfy(
            (page, statements) ->
                assertThat(statements).as(page).isLessThanOrEqualTo(MOST_STATEMENTS_FOR_A_PAGE));
  }

  private static List<String> stageOnePages(UUID partnershipId, String benchmark) {
    return List.of(
        "/partnerships/" + partnershipId,
        benchmark,
        benchmark + "/questions/Q05",
        benchmark + "/check",
        benchmark + "/attendees");
  }

  private static List<String> stageTwoPages(UUID partnershipId, String review) {
    return List.of(
        "/partnerships/" + partnershipId + "/checklists",
        review,
        review + "/sections/required",
        review + "/summary",
        "/partnerships/" + partnershipId + "/actions");
  }

  private Map<String, Long> counts(SiteVisitor visitor, List<String> pages) {
    Map<String, Long> counts = new LinkedHashMap<>();
    pages.forEach(
        page ->
            counts.put(
                page.replaceAll("[0-9a-f-]{36}", "{id}"), queries.fewestOfTwo(ok(visitor, page))));
    return counts;
  }

  private static Supplier<HttpResponse<String>> ok(SiteVisitor visitor, String page) {
    return () -> {
      HttpResponse<String> response = visitor.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      return response;
    };
  }

  private static void setAction(SiteVisitor visitor, String review, String item, String title) {
    LocalDate due = LocalDate.now().plusMonths(6);
    HttpResponse<String> set =
        visitor.submitForm(
            review + "/items/" + item + "/actions/new",
            "#set-action",
            Map.of(
                "title",
                title,
                "description",
                "What will be done",
                "owner",
                "PARTNERSHIP",
                "agency",
                "",
                "leadPerson",
                "Rhi Lead",
                "dueDay",
                String.valueOf(due.getDayOfMonth()),
                "dueMonth",
                String.valueOf(due.getMonthValue()),
                "dueYear",
                String.valueOf(due.getYear()),
                "successMeasure",
                "Measured monthly"));
    assertThat(set.statusCode()).as("setting " + title).isEqualTo(302);
  }
}
