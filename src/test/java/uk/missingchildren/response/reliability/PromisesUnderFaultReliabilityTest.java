package uk.missingchildren.response.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.Twice;

/**
 * The README's promises, tried the way a failing server and an impatient meeting room would try
 * them, against the packaged jar on the embedded H2 default and on PostgreSQL:
 *
 * <ol>
 *   <li>Kill -9 during continuous saves (answers, checklist ratings, action updates from 12
 *       laptops), {@value #KILLS} times: every save the service acknowledged is there after the
 *       restart.
 *   <li>Every create form sent twice at the same moment, {@value #ROUNDS} times each: one thing
 *       made, no server error.
 *   <li>Sessions ending mid-form: what was typed is kept through signing in again and then saved.
 * </ol>
 *
 * Run with {@code ./mvnw -Preliability verify}; the figures are written to docs/reliability.md.
 */
class PromisesUnderFaultReliabilityTest {

  static final int KILLS = 5;
  static final int ROUNDS = 10;
  private static final int CLIENTS_OF_EACH_KIND = 4;
  private static final String PASSWORD = "marble harbour kettle";
  private static final String AREA = "return-home-interviews";
  private static final List<String> ITEMS = List.of("T05-R01", "T05-R02", "T05-R03", "T05-R04");
  private static final Map<String, ReliabilityFigures> FIGURES = new LinkedHashMap<>();
  private static final Path WORK = Path.of("target", "reliability");

  private final Random random = new Random();

  @Test
  void onTheEmbeddedH2Default() throws Exception {
    Files.createDirectories(WORK);
    Path folder = Files.createTempDirectory(WORK, "h2-");
    try (ReliabilityDatabase database = ReliabilityDatabase.h2(folder, defaultH2Url())) {
      runEverything(database);
    }
  }

  @Test
  void onPostgreSql() throws Exception {
    Files.createDirectories(WORK);
    try (ReliabilityDatabase database = ReliabilityDatabase.postgres()) {
      runEverything(database);
    }
  }

  @AfterAll
  static void writeTheFigures() throws Exception {
    if (FIGURES.size() == 2) {
      ReliabilityFigures.write(Path.of("docs", "reliability.md"), FIGURES);
    }
  }

  private void runEverything(ReliabilityDatabase database) throws Exception {
    ReliabilityFigures figures = new ReliabilityFigures(database.name);
    FIGURES.put(database.name, figures);
    Path log = Files.createTempFile(WORK, "service-", ".log");
    String email = "reliability." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    try (ServiceProcess service =
        new ServiceProcess(database.url, database.username, database.password, Map.of(), log)) {
      service.start();
      figures.startMillis.add(service.lastStartMillis());
      registerAndConfirm(service, database, email);
      Journey journey = Journey.setUp(service.baseUrl(), email);
      killDuringSaves(service, database, journey, figures);
      sendEveryCreateFormTwice(service, database, email, figures);
    }
    try (ServiceProcess shortSessions =
        new ServiceProcess(
            database.url,
            database.username,
            database.password,
            Map.of("SESSION_TIMEOUT", "3s"),
            log)) {
      shortSessions.start();
      endSessionsMidForm(shortSessions, database, email, figures);
    }
    assertThat(figures.lost).as("acknowledged saves lost on " + database.name).isZero();
    assertThat(figures.duplicates).as("duplicates on " + database.name).isZero();
    assertThat(figures.serverErrors).as("server errors on " + database.name).isZero();
    assertThat(figures.formsLostAtExpiry)
        .as("forms lost when the session ended, on " + database.name)
        .isZero();
  }

  // --- 1. Kill -9 during continuous saves -------------------------------------------------------

  private void killDuringSaves(
      ServiceProcess service,
      ReliabilityDatabase database,
      Journey journey,
      ReliabilityFigures figures)
      throws Exception {
    for (int kill = 1; kill <= KILLS; kill++) {
      List<ContinuousSaver> savers = journey.savers(service.baseUrl(), CLIENTS_OF_EACH_KIND, kill);
      List<Thread> threads = savers.stream().map(Thread::new).toList();
      threads.forEach(Thread::start);
      Thread.sleep(2_000 + random.nextInt(3_000));
      service.kill();
      savers.forEach(saver -> saver.running = false);
      for (Thread thread : threads) {
        thread.join(30_000);
      }
      try (Connection connection = database.connect()) {
        for (ContinuousSaver saver : savers) {
          figures.count(saver, journey.stored(connection, saver));
        }
      }
      figures.kills++;
      service.start();
      figures.startMillis.add(service.lastStartMillis());
    }
  }

  // --- 2. Every create form sent twice at the same moment ---------------------------------------

  private void sendEveryCreateFormTwice(
      ServiceProcess service,
      ReliabilityDatabase database,
      String email,
      ReliabilityFigures figures)
      throws Exception {
    SiteVisitor visitor = Journey.signedIn(service.baseUrl(), email);
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Twice " + UUID.randomUUID());
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    String review =
        ChecklistMeetings.start(visitor, partnership, AREA, LocalDate.of(2026, 11, 3), "blank");
    String followUp =
        Twice.location(
                visitor.submitForm(
                    "/partnerships/" + partnership + "/follow-ups/new",
                    "#start-follow-up",
                    meeting(LocalDate.now(), Map.of("scope", "ALL_OPEN"))))
            .replaceFirst("/attendees$", "");
    String tag = UUID.randomUUID().toString().substring(0, 6);

    twice(
        figures,
        database,
        "Register a partnership",
        visitor,
        "/partnerships/new",
        "main form",
        n ->
            Map.of(
                "name", "P" + tag + n, "localAuthorityAreas", "Area", "policeForceArea", "Force"),
        n -> "SELECT COUNT(*) FROM partnership WHERE name = 'P" + tag + n + "'");
    twice(
        figures,
        database,
        "Start a benchmark",
        visitor,
        "/partnerships/" + partnership + "/benchmarks/new",
        "#start-benchmark",
        n -> meeting(LocalDate.of(2025, 1, 1).plusDays(n), Map.of("startFrom", "blank")),
        n ->
            "SELECT COUNT(*) FROM benchmark WHERE partnership_id = '"
                + partnership
                + "' AND meeting_date = DATE '"
                + LocalDate.of(2025, 1, 1).plusDays(n)
                + "'");
    twice(
        figures,
        database,
        "Add someone to a benchmark meeting",
        visitor,
        benchmark + "/attendees",
        "#add-attendee",
        n -> attendee("B" + tag + n),
        n -> "SELECT COUNT(*) FROM benchmark_attendee WHERE name = 'B" + tag + n + "'");
    twice(
        figures,
        database,
        "Add someone to a checklist meeting",
        visitor,
        review + "/attendees",
        "#add-attendee",
        n -> attendee("R" + tag + n),
        n -> "SELECT COUNT(*) FROM checklist_review_attendee WHERE name = 'R" + tag + n + "'");
    twice(
        figures,
        database,
        "Add someone to a follow-up meeting",
        visitor,
        followUp + "/attendees",
        "#add-attendee",
        n -> attendee("F" + tag + n),
        n -> "SELECT COUNT(*) FROM follow_up_attendee WHERE name = 'F" + tag + n + "'");
    twice(
        figures,
        database,
        "Set an action",
        visitor,
        review + "/items/T05-R01/actions/new",
        "#set-action",
        n -> action("A" + tag + n),
        n -> "SELECT COUNT(*) FROM partnership_action WHERE title = 'A" + tag + n + "'");
    twice(
        figures,
        database,
        "Start a follow-up meeting",
        visitor,
        "/partnerships/" + partnership + "/follow-ups/new",
        "#start-follow-up",
        n -> meeting(LocalDate.now().minusDays(n + 1), Map.of("scope", "ALL_OPEN")),
        n ->
            "SELECT COUNT(*) FROM follow_up_meeting WHERE partnership_id = '"
                + partnership
                + "' AND meeting_date = DATE '"
                + LocalDate.now().minusDays(n + 1)
                + "'");
    twice(
        figures,
        database,
        "Invite someone",
        visitor,
        "/partnerships/" + partnership + "/members/invite",
        "main form",
        n -> Map.of("email", "i" + tag + n + "@example.org", "role", "MEMBER"),
        n -> "SELECT COUNT(*) FROM invitation WHERE email = 'i" + tag + n + "@example.org'");
    UUID another = BenchmarkMeetings.givenPartnership(visitor, "Rounds " + tag);
    List<String> areas =
        List.of(
            "leadership-and-protocol",
            "data-and-information-sharing",
            "prevention-and-early-help",
            "police-response",
            "repeat-missing-and-follow-up",
            "children-in-care",
            "exploitation-and-trafficking",
            "education",
            "health",
            "voice-and-family-support");
    twice(
        figures,
        database,
        "Start a checklist round",
        visitor,
        null,
        "#start-review",
        n -> meeting(LocalDate.of(2026, 11, 3), Map.of("startFrom", "blank")),
        n ->
            "SELECT COUNT(*) FROM checklist_review WHERE partnership_id = '"
                + another
                + "' AND theme_id = 'T"
                + String.format("%02d", List.of(1, 2, 3, 4, 6, 7, 8, 9, 10, 11).get(n))
                + "'",
        n -> "/partnerships/" + another + "/checklists/" + areas.get(n) + "/reviews/new");
    SiteVisitor stranger = new SiteVisitor(service.baseUrl());
    twice(
        figures,
        database,
        "Create an account",
        stranger,
        "/register",
        "main form",
        n ->
            Map.of(
                "displayName",
                "Twice",
                "email",
                "r" + tag + n + "@example.org",
                "password",
                PASSWORD + " " + n),
        n -> "SELECT COUNT(*) FROM account WHERE email = 'r" + tag + n + "@example.org'");
  }

  private void twice(
      ReliabilityFigures figures,
      ReliabilityDatabase database,
      String form,
      SiteVisitor visitor,
      String page,
      String selector,
      IntFunction<Map<String, String>> typed,
      IntFunction<String> countQuery)
      throws SQLException {
    twice(figures, database, form, visitor, page, selector, typed, countQuery, n -> page);
  }

  private void twice(
      ReliabilityFigures figures,
      ReliabilityDatabase database,
      String form,
      SiteVisitor visitor,
      String page,
      String selector,
      IntFunction<Map<String, String>> typed,
      IntFunction<String> countQuery,
      IntFunction<String> pageOfRound)
      throws SQLException {
    int made = 0;
    int errors = 0;
    for (int n = 0; n < ROUNDS; n++) {
      String drawnOn = pageOfRound.apply(n);
      Document drawn = Jsoup.parse(visitor.get(drawnOn).body());
      Map<String, String> fields = FormFields.of(drawn, selector);
      fields.putAll(typed.apply(n));
      String action = drawn.selectFirst(selector).attr("action");
      for (HttpResponse<String> answer : Twice.atTheSameMoment(visitor, action, fields)) {
        errors += answer.statusCode() >= 500 ? 1 : 0;
      }
      try (Connection connection = database.connect();
          var rows = connection.createStatement().executeQuery(countQuery.apply(n))) {
        rows.next();
        made += rows.getInt(1);
      }
    }
    figures.twice(form, ROUNDS, made, errors);
  }

  // --- 3. Sessions ending mid-form --------------------------------------------------------------

  private void endSessionsMidForm(
      ServiceProcess service,
      ReliabilityDatabase database,
      String email,
      ReliabilityFigures figures)
      throws Exception {
    SiteVisitor visitor = Journey.signedIn(service.baseUrl(), email);
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Expiry " + UUID.randomUUID());
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    String review =
        ChecklistMeetings.start(visitor, partnership, AREA, LocalDate.of(2026, 11, 3), "blank");
    String question = benchmark + "/questions/Q07";
    Map<String, String> answer =
        FormFields.of(Jsoup.parse(visitor.get(question).body()), "#answer-form");
    Document section = Jsoup.parse(visitor.get(review + "/sections/required").body());
    Map<String, String> first = FormFields.of(section, "form[id='T05-R01']");
    Map<String, String> second = FormFields.of(section, "form[id='T05-R02']");
    Map<String, String> attendee =
        FormFields.of(Jsoup.parse(visitor.get(benchmark + "/attendees").body()), "#add-attendee");

    Thread.sleep(4_500);
    answer.putAll(
        Map.of("answer", "partly", "notes", "Typed as the session ended", "actionsArising", ""));
    List<HttpResponse<String>> refused = new ArrayList<>();
    refused.add(visitor.postForJson(question, answer));
    answer.put("notes", "Typed as the session ended, then Save and continue");
    refused.add(visitor.post(question, answer));
    first.putAll(
        Map.of(
            "extent",
            "partly_met",
            "impact",
            "high",
            "evidence",
            "First item as the session ended"));
    refused.add(visitor.postForJson(review + "/items/T05-R01", first));
    second.putAll(
        Map.of(
            "extent",
            "not_met",
            "impact",
            "medium",
            "evidence",
            "Second item as the session ended"));
    refused.add(visitor.postForJson(review + "/items/T05-R02", second));
    attendee.putAll(Map.of("name", "Kept Attendee", "agency", "HEALTH", "role", "Named nurse"));
    refused.add(visitor.post(benchmark + "/attendees", attendee));
    for (HttpResponse<String> response : refused) {
      figures.serverErrors += response.statusCode() >= 500 ? 1 : 0;
      figures.expiryRefusedWith(response.statusCode());
    }

    visitor.submitForm("/sign-in", "main form", Map.of("email", email, "password", PASSWORD));
    for (int sent = 0; sent < 10; sent++) {
      HttpResponse<String> resume = visitor.get("/resume");
      if (resume.statusCode() != 200) {
        break;
      }
      Document page = Jsoup.parse(resume.body());
      figures.formsOffered =
          Math.max(figures.formsOffered, page.select(".govuk-summary-card").size());
      visitor.submitForm(page, ".govuk-summary-card form", Map.of());
    }
    try (Connection connection = database.connect()) {
      List<String> missing = new ArrayList<>();
      expect(
          connection,
          missing,
          "SELECT notes FROM benchmark_answer WHERE question_id = 'Q07' AND benchmark_id = '"
              + BenchmarkMeetings.benchmarkId(benchmark)
              + "'",
          "Typed as the session ended, then Save and continue");
      expect(
          connection,
          missing,
          "SELECT evidence FROM checklist_item_rating WHERE item_id = 'T05-R01' AND review_id = '"
              + ChecklistMeetings.reviewId(review)
              + "'",
          "First item as the session ended");
      expect(
          connection,
          missing,
          "SELECT evidence FROM checklist_item_rating WHERE item_id = 'T05-R02' AND review_id = '"
              + ChecklistMeetings.reviewId(review)
              + "'",
          "Second item as the session ended");
      expect(
          connection,
          missing,
          "SELECT name FROM benchmark_attendee WHERE benchmark_id = '"
              + BenchmarkMeetings.benchmarkId(benchmark)
              + "'",
          "Kept Attendee");
      figures.formsTypedAtExpiry = 4;
      figures.formsLostAtExpiry = missing.size();
      figures.expiryMissing.addAll(missing);
    }
  }

  private static void expect(
      Connection connection, List<String> missing, String query, String value) throws SQLException {
    try (var rows = connection.createStatement().executeQuery(query)) {
      while (rows.next()) {
        if (value.equals(rows.getString(1))) {
          return;
        }
      }
    }
    missing.add(value);
  }

  // --- Set-up
  // -------------------------------------------------------------------------------------

  /**
   * Registers through the real form, then confirms the address in the database (there is no mail
   * server).
   */
  private static void registerAndConfirm(
      ServiceProcess service, ReliabilityDatabase database, String email) throws Exception {
    new SiteVisitor(service.baseUrl())
        .submitForm(
            "/register",
            "main form",
            Map.of("displayName", "Rel Iability", "email", email, "password", PASSWORD));
    try (Connection connection = database.connect()) {
      connection
          .createStatement()
          .executeUpdate(
              "UPDATE account SET email_verified_at = CURRENT_TIMESTAMP WHERE email = '"
                  + email
                  + "'");
    }
  }

  private static Map<String, String> meeting(LocalDate date, Map<String, String> more) {
    Map<String, String> fields =
        new LinkedHashMap<>(
            Map.of(
                "meetingDay",
                String.valueOf(date.getDayOfMonth()),
                "meetingMonth",
                String.valueOf(date.getMonthValue()),
                "meetingYear",
                String.valueOf(date.getYear()),
                "facilitator",
                "Fran Facilitator",
                "noteTaker",
                "Nat Notes"));
    fields.putAll(more);
    return fields;
  }

  private static Map<String, String> attendee(String name) {
    return Map.of("name", name, "agency", "POLICE", "role", "Inspector");
  }

  static Map<String, String> action(String title) {
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

  private static String defaultH2Url() throws Exception {
    var sources =
        new YamlPropertySourceLoader()
            .load("application", new ClassPathResource("application.yaml"));
    return String.valueOf(sources.get(0).getProperty("spring.datasource.url"));
  }
}
