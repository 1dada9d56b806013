package uk.missingchildren.response.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;
import uk.missingchildren.response.support.Twice;

/**
 * Every form that creates something, sent twice as drawn (a double click, a browser re-posting),
 * one after the other and at the same moment: it does one thing, and both answers lead to the same
 * page.
 */
class FormsSentTwiceIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;
  @Autowired ActionService actions;

  private Account coordinator;
  private SiteVisitor visitor;

  @BeforeEach
  void signIn() {
    coordinator = users.givenAccount("Dee Double");
    visitor = users.signedIn(url(""), coordinator);
  }

  @Test
  void aNewPartnership_isRegisteredOnce() {
    assertDoesOneThing(
        "/partnerships/new",
        "main form",
        n ->
            Map.of(
                "name",
                "Twice Partnership " + n,
                "localAuthorityAreas",
                "Area",
                "policeForceArea",
                "Force"),
        n -> count("SELECT COUNT(*) FROM partnership WHERE name = ?", "Twice Partnership " + n));
  }

  @Test
  void aNewBenchmark_isStartedOnce() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Benchmark Twice");
    assertDoesOneThing(
        "/partnerships/" + partnership + "/benchmarks/new",
        "#start-benchmark",
        n -> meeting(LocalDate.of(2026, 11, n)),
        n ->
            count(
                "SELECT COUNT(*) FROM benchmark WHERE partnership_id = ? AND meeting_date = ?",
                partnership,
                LocalDate.of(2026, 11, n)));
  }

  @Test
  void anAttendee_isAddedOnce_toABenchmarkAReviewAndAFollowUpMeeting() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Attendees Twice");
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    assertDoesOneThing(
        benchmark + "/attendees",
        "#add-attendee",
        n -> attendee("Bea Benchmark " + n),
        n -> count("SELECT COUNT(*) FROM benchmark_attendee WHERE name = ?", "Bea Benchmark " + n));
    String review =
        ChecklistMeetings.start(visitor, partnership, AREA, LocalDate.of(2026, 11, 3), "blank");
    assertDoesOneThing(
        review + "/attendees",
        "#add-attendee",
        n -> attendee("Rae Review " + n),
        n ->
            count(
                "SELECT COUNT(*) FROM checklist_review_attendee WHERE name = ?",
                "Rae Review " + n));
    String followUp = startFollowUp(partnership);
    assertDoesOneThing(
        followUp + "/attendees",
        "#add-attendee",
        n -> attendee("Fitz Follow " + n),
        n -> count("SELECT COUNT(*) FROM follow_up_attendee WHERE name = ?", "Fitz Follow " + n));
  }

  @Test
  void aRepeatedAttendee_leadsToTheSamePage_withTheSameMessage() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Message Twice");
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    Map<String, String> fields =
        Twice.drawn(visitor, benchmark + "/attendees", "#add-attendee", attendee("Mo Message"));

    List<HttpResponse<String>> answers =
        Twice.oneAfterTheOther(visitor, benchmark + "/attendees", fields);

    assertThat(Twice.location(answers.get(1))).isEqualTo(Twice.location(answers.get(0)));
    String shown =
        Jsoup.parse(visitor.get(Twice.location(answers.get(1)).replaceFirst("#.*", "")).body())
            .select(".govuk-notification-banner__heading")
            .text();
    assertThat(shown).contains("Mo Message");
  }

  @Test
  void aChecklistRound_isStartedOnce() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Round Twice");
    String page = "/partnerships/" + partnership + "/checklists/" + AREA + "/reviews/new";
    Map<String, String> fields = Twice.drawn(visitor, page, "#start-review", startReview());

    List<HttpResponse<String>> answers = Twice.atTheSameMoment(visitor, page, fields);

    assertNoServerErrors(answers);
    assertThat(Twice.location(answers.get(1))).isEqualTo(Twice.location(answers.get(0)));
    assertThat(count("SELECT COUNT(*) FROM checklist_review WHERE partnership_id = ?", partnership))
        .isEqualTo(1);
  }

  @Test
  void twoColleaguesStartingTheSameChecklistAtOnce_bothReachTheOneRound() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Colleagues Round");
    String page = "/partnerships/" + partnership + "/checklists/" + AREA + "/reviews/new";
    for (int attempt = 0; attempt < 3; attempt++) {
      jdbc.update("DELETE FROM checklist_review WHERE partnership_id = ?", partnership);
      List<HttpResponse<String>> answers =
          Twice.atTheSameMoment(
              List.of(visitor, visitor),
              page,
              List.of(
                  Twice.drawn(visitor, page, "#start-review", startReview()),
                  Twice.drawn(visitor, page, "#start-review", startReview())));

      assertNoServerErrors(answers);
      assertThat(
              count("SELECT COUNT(*) FROM checklist_review WHERE partnership_id = ?", partnership))
          .isEqualTo(1);
      String round =
          jdbc.queryForObject(
              "SELECT id FROM checklist_review WHERE partnership_id = ?",
              String.class,
              partnership);
      for (HttpResponse<String> answer : answers) {
        assertThat(followed(Twice.location(answer)))
            .as("each press leads to the round")
            .contains(round);
      }
    }
  }

  @Test
  void aFollowUpMeeting_isStartedOnce() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Follow Up Twice");
    assertDoesOneThing(
        "/partnerships/" + partnership + "/follow-ups/new",
        "#start-follow-up",
        n -> {
          Map<String, String> fields =
              new java.util.HashMap<>(meeting(LocalDate.now().minusDays(n)));
          fields.put("scope", "ALL_OPEN");
          return fields;
        },
        n ->
            count(
                "SELECT COUNT(*) FROM follow_up_meeting WHERE partnership_id = ? AND meeting_date = ?",
                partnership,
                LocalDate.now().minusDays(n)));
  }

  @Test
  void anAction_isSetOnce() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Action Twice");
    String review =
        ChecklistMeetings.start(visitor, partnership, AREA, LocalDate.of(2026, 11, 3), "blank");
    assertDoesOneThing(
        review + "/items/T05-R01/actions/new",
        "#set-action",
        n -> action("Twice action " + n),
        n -> count("SELECT COUNT(*) FROM partnership_action WHERE title = ?", "Twice action " + n));
  }

  @Test
  void anInvitation_isSentOnce() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Invite Twice");
    assertDoesOneThing(
        "/partnerships/" + partnership + "/members/invite",
        "main form",
        n -> Map.of("email", "invited." + n + "@example.org", "role", "MEMBER"),
        n ->
            count(
                "SELECT COUNT(*) FROM invitation WHERE email = ?",
                "invited." + n + "@example.org"));
    for (int n = 1; n <= 2; n++) {
      assertThat(
              count(
                  "SELECT COUNT(*) FROM email_message WHERE recipient = ?",
                  "invited." + n + "@example.org"))
          .isEqualTo(1);
    }
  }

  @Test
  void aReportEmail_isSentOnce() {
    String benchmark = BenchmarkMeetings.givenSubmittedBenchmark(visitor, "Email Twice", Map.of());
    assertDoesOneThing(
        benchmark + "/report/email",
        "#email-report",
        n -> Map.of("addresses", "board." + n + "@example.org", "message", ""),
        n ->
            count(
                "SELECT COUNT(*) FROM email_message WHERE recipient = ?",
                "board." + n + "@example.org"));
  }

  @Test
  void anAccount_isRegisteredOnce_andOneEmailGoes() {
    SiteVisitor stranger = new SiteVisitor(url(""));
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Function<Integer, Map<String, String>> typed =
        n ->
            Map.of(
                "displayName",
                "Reg Twice",
                "email",
                "reg." + unique + "." + n + "@example.org",
                "password",
                "quiet orchard lantern " + n);
    for (int n = 1; n <= 2; n++) {
      Map<String, String> fields = Twice.drawn(stranger, "/register", "main form", typed.apply(n));
      List<HttpResponse<String>> answers =
          n == 1
              ? Twice.oneAfterTheOther(stranger, "/register", fields)
              : Twice.atTheSameMoment(stranger, "/register", fields);
      assertNoServerErrors(answers);
      assertThat(Twice.location(answers.get(1)))
          .isEqualTo(Twice.location(answers.get(0)))
          .endsWith("/register/check-email");
      String email = "reg." + unique + "." + n + "@example.org";
      assertThat(count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM email_message WHERE recipient = ?", email))
          .as("emails to " + email)
          .isEqualTo(1);
    }
  }

  @Test
  void submittingABenchmarkFromTwoPagesAtOnce_submitsItOnce_andBothLeadToTheResult() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Submit Twice");
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.answerAll(visitor, benchmark, Map.of());
    String page = benchmark + "/check";
    List<HttpResponse<String>> answers =
        Twice.atTheSameMoment(
            List.of(visitor, visitor),
            benchmark + "/submit",
            List.of(
                Twice.drawn(visitor, page, "#submit-benchmark", Map.of()),
                Twice.drawn(visitor, page, "#submit-benchmark", Map.of())));

    assertNoServerErrors(answers);
    answers.forEach(
        answer -> assertThat(Twice.location(answer)).endsWith(benchmark + "/submitted"));
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM benchmark WHERE id = ?",
                String.class,
                BenchmarkMeetings.benchmarkId(benchmark)))
        .isEqualTo("SUBMITTED");
  }

  @Test
  void aFormChangedAndSentAgain_isANewSubmission_notSwallowed() {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Changed Twice");
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    Map<String, String> fields =
        Twice.drawn(visitor, benchmark + "/attendees", "#add-attendee", attendee("First Typed"));
    visitor.post(benchmark + "/attendees", fields);
    fields.put("name", "Then Corrected");
    visitor.post(benchmark + "/attendees", fields);

    assertThat(
            count(
                "SELECT COUNT(*) FROM benchmark_attendee WHERE name IN ('First Typed', 'Then Corrected')"))
        .isEqualTo(2);
  }

  /**
   * Sends the form drawn on {@code page} twice one after the other, then a fresh drawing of it
   * twice at the same moment: each pair must create exactly one thing and lead both presses to one
   * page.
   */
  private void assertDoesOneThing(
      String page,
      String form,
      Function<Integer, Map<String, String>> typed,
      Function<Integer, Long> created) {
    String action = Twice.action(visitor, page, form);
    for (int n = 1; n <= 2; n++) {
      Map<String, String> fields = Twice.drawn(visitor, page, form, typed.apply(n));
      List<HttpResponse<String>> answers =
          n == 1
              ? Twice.oneAfterTheOther(visitor, action, fields)
              : Twice.atTheSameMoment(visitor, action, fields);
      String how = n == 1 ? "one after the other" : "at the same moment";
      assertNoServerErrors(answers);
      assertThat(Twice.location(answers.get(1)))
          .as("both lead to one page, " + how)
          .isEqualTo(Twice.location(answers.get(0)));
      assertThat(created.apply(n)).as("created when sent twice " + how).isEqualTo(1);
    }
  }

  private static void assertNoServerErrors(List<HttpResponse<String>> answers) {
    answers.forEach(
        answer ->
            assertThat(answer.statusCode()).as(Jsoup.parse(answer.body()).title()).isEqualTo(302));
  }

  private String followed(String location) {
    String path = location;
    for (int hop = 0; hop < 3; hop++) {
      HttpResponse<String> response = visitor.get(path);
      if (response.statusCode() != 302) {
        return path;
      }
      path = Twice.location(response);
    }
    return path;
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  private String startFollowUp(UUID partnership) {
    Map<String, String> fields = new java.util.HashMap<>(meeting(actions.today()));
    fields.put("scope", "ALL_OPEN");
    return Twice.location(
            visitor.submitForm(
                "/partnerships/" + partnership + "/follow-ups/new", "#start-follow-up", fields))
        .replaceFirst("/attendees$", "");
  }

  private static Map<String, String> meeting(LocalDate date) {
    return Map.of(
        "meetingDay",
        String.valueOf(date.getDayOfMonth()),
        "meetingMonth",
        String.valueOf(date.getMonthValue()),
        "meetingYear",
        String.valueOf(date.getYear()),
        "facilitator",
        "Fran Facilitator",
        "noteTaker",
        "Nat Notes",
        "startFrom",
        "blank");
  }

  private static Map<String, String> startReview() {
    return meeting(LocalDate.of(2026, 11, 3));
  }

  private static Map<String, String> attendee(String name) {
    return Map.of("name", name, "agency", "POLICE", "role", "Inspector");
  }

  private static Map<String, String> action(String title) {
    LocalDate due = LocalDate.now().plusMonths(6);
    return Map.of(
        "title",
        title,
        "description",
        "What will be done",
        "owner",
        "PARTNERSHIP",
        "agency",
        "",
        "leadPerson",
        "Lee Lead",
        "dueDay",
        String.valueOf(due.getDayOfMonth()),
        "dueMonth",
        String.valueOf(due.getMonthValue()),
        "dueYear",
        String.valueOf(due.getYear()),
        "successMeasure",
        "Measured monthly");
  }
}
