package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The guarantees of the question pages: a save after the session ended is kept through signing in,
 * two people saving the same question never silently overwrite each other, and pressing the button
 * twice saves once.
 */
class AnswersAreNeverLostIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Answers answers;
  @Autowired AuditEvents audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmailMessages outbox;

  @Test
  void aSaveAfterTheSessionExpired_isKeptOnceTheyHaveSignedInAgain() {
    Account account = users.givenAccount("Sid Session");
    SiteVisitor visitor = users.signedIn(url(""), account);
    String benchmark = givenBenchmark(visitor);
    Document page = Jsoup.parse(visitor.get(benchmark + "/questions/Q05").body());

    jdbc.update("DELETE FROM spring_session");
    HttpResponse<String> posted =
        visitor.submitForm(
            page, "#answer-form", Map.of("answer", "no", "notes", "Typed while the session ended"));

    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    HttpResponse<String> signedIn =
        visitor.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", account.email(), "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/resume");
    HttpResponse<String> resent = visitor.submitForm("/resume", "main form", Map.of());
    assertThat(resent.headers().firstValue("Location").orElseThrow())
        .endsWith(benchmark + "/questions/Q06");
    Answer saved =
        answers
            .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q05")
            .orElseThrow();
    assertThat(saved.answer()).isEqualTo("no");
    assertThat(saved.notes()).isEqualTo("Typed while the session ended");
  }

  @Test
  void aBackgroundSaveAfterTheSessionExpired_saysSignedOut_andIsOfferedAgainAfterSigningIn() {
    Account account = users.givenAccount("Bea Background");
    SiteVisitor visitor = users.signedIn(url(""), account);
    String benchmark = givenBenchmark(visitor);
    Map<String, String> form =
        FormFields.of(
            Jsoup.parse(visitor.get(benchmark + "/questions/Q07").body()), "#answer-form");

    jdbc.update("DELETE FROM spring_session");
    form.putAll(Map.of("answer", "yes", "notes", "Autosaved too late"));
    HttpResponse<String> background = visitor.postForJson(benchmark + "/questions/Q07", form);

    assertThat(background.statusCode()).isEqualTo(401);
    assertThat(background.body()).contains("\"status\":\"signed-out\"");
    visitor.submitForm(
        "/sign-in", "main form", Map.of("email", account.email(), "password", TestUsers.PASSWORD));
    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select("main form input[name=notes]").val()).isEqualTo("Autosaved too late");
    visitor.submitForm(resume, "main form", Map.of());
    assertThat(
            answers
                .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q07")
                .orElseThrow()
                .notes())
        .isEqualTo("Autosaved too late");
  }

  @Test
  void
      twoPeopleSavingOneQuestion_theSecondSeesBothVersions_andNothingIsOverwrittenUntilTheyChoose() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String benchmark = givenBenchmark(coordinator);
    Account colleagueAccount = users.givenAccount("Priya Police");
    SiteVisitor colleague = joined(coordinator, benchmark, colleagueAccount);
    Document coordinatorsPage = Jsoup.parse(coordinator.get(benchmark + "/questions/Q10").body());
    Document colleaguesPage = Jsoup.parse(colleague.get(benchmark + "/questions/Q10").body());

    coordinator.submitForm(
        coordinatorsPage, "#answer-form", Map.of("answer", "yes", "notes", "Coordinator's notes"));
    HttpResponse<String> second =
        colleague.submitForm(
            colleaguesPage, "#answer-form", Map.of("answer", "no", "notes", "Police notes"));

    assertThat(second.statusCode()).as("the page is shown again, not redirected").isEqualTo(200);
    Document conflict = Jsoup.parse(second.body());
    assertThat(conflict.select("#conflict").text())
        .contains(
            "Someone else changed this question",
            "Casey Coordinator saved a different version",
            "Coordinator's notes",
            "Police notes");
    assertThat(conflict.select("#conflict-theirs-answer").text()).isEqualTo("Yes, consistently");
    assertThat(conflict.select("#conflict-yours-answer").text()).isEqualTo("No");
    assertThat(conflict.select("textarea[name=notes]").text())
        .as("their typing is kept")
        .isEqualTo("Police notes");
    assertThat(conflict.select("input[name=answer][checked]").val()).isEqualTo("no");
    Answer stored =
        answers
            .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q10")
            .orElseThrow();
    assertThat(stored.notes()).as("not overwritten").isEqualTo("Coordinator's notes");

    HttpResponse<String> chosen =
        colleague.submitForm(
            conflict,
            "#answer-form",
            Map.of("answer", "partly", "notes", "Coordinator's notes. Police notes."));

    assertThat(chosen.statusCode()).isEqualTo(302);
    stored =
        answers
            .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q10")
            .orElseThrow();
    assertThat(stored.answer()).isEqualTo("partly");
    assertThat(stored.notes()).isEqualTo("Coordinator's notes. Police notes.");
    assertThat(stored.updatedBy()).isEqualTo(colleagueAccount.id());
  }

  @Test
  void aBackgroundSaveFromAnOutOfDatePage_isRefusedAsAConflict_andTheStoredAnswerIsUntouched() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String benchmark = givenBenchmark(coordinator);
    String token = csrf(coordinator, benchmark + "/questions/Q11");
    HttpResponse<String> first =
        coordinator.postForJson(
            benchmark + "/questions/Q11",
            Map.of("_csrf", token, "answer", "yes", "notes", "First", "revision", ""));
    assertThat(first.body()).contains("\"status\":\"saved\"", "\"revision\":0", "\"savedAt\"");

    HttpResponse<String> next =
        coordinator.postForJson(
            benchmark + "/questions/Q11",
            Map.of("_csrf", token, "answer", "yes", "notes", "First, then more", "revision", "0"));
    HttpResponse<String> stale =
        coordinator.postForJson(
            benchmark + "/questions/Q11",
            Map.of(
                "_csrf", token, "answer", "no", "notes", "From another laptop", "revision", "0"));

    assertThat(next.body()).contains("\"revision\":1");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"status\":\"conflict\"");
    assertThat(
            answers
                .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q11")
                .orElseThrow()
                .notes())
        .isEqualTo("First, then more");
  }

  @Test
  void eightLaptopsSavingTheSameQuestionAtOnce_exactlyOneIsSaved_andEveryOtherIsToldOfTheConflict()
      throws Exception {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String benchmark = givenBenchmark(coordinator);
    String token = csrf(coordinator, benchmark + "/questions/Q13");
    coordinator.postForJson(
        benchmark + "/questions/Q13", Map.of("_csrf", token, "answer", "partly", "revision", ""));
    int laptops = 8;
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(laptops);
    List<java.util.concurrent.Future<HttpResponse<String>>> saves = new java.util.ArrayList<>();
    for (int i = 0; i < laptops; i++) {
      String notes = "Notes from laptop " + i;
      saves.add(
          pool.submit(
              () -> {
                ready.await();
                return coordinator.postForJson(
                    benchmark + "/questions/Q13",
                    Map.of("_csrf", token, "answer", "yes", "notes", notes, "revision", "0"));
              }));
    }
    ready.countDown();
    List<HttpResponse<String>> responses = new java.util.ArrayList<>();
    for (var save : saves) {
      responses.add(save.get(30, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    List<HttpResponse<String>> saved =
        responses.stream().filter(r -> r.statusCode() == 200).toList();
    assertThat(saved).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 409)
        .hasSize(laptops - 1)
        .allSatisfy(r -> assertThat(r.body()).contains("\"status\":\"conflict\""));
    Answer stored =
        answers
            .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q13")
            .orElseThrow();
    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.notes()).startsWith("Notes from laptop ");
  }

  @Test
  void
      aBackgroundSaveOfAnAnswerNotOnTheScale_orTooLongNotes_isRefusedAsInvalid_andNothingIsStored() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Ivy Invalid"));
    String benchmark = givenBenchmark(coordinator);
    String token = csrf(coordinator, benchmark + "/questions/Q14");

    HttpResponse<String> offScale =
        coordinator.postForJson(
            benchmark + "/questions/Q14",
            Map.of("_csrf", token, "answer", "sometimes", "notes", "Typed", "revision", ""));
    HttpResponse<String> tooLong =
        coordinator.postForJson(
            benchmark + "/questions/Q14",
            Map.of("_csrf", token, "answer", "yes", "notes", "n".repeat(20_001), "revision", ""));

    assertThat(offScale.statusCode()).isEqualTo(422);
    assertThat(offScale.body()).isEqualTo("{\"status\":\"invalid\"}");
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(
            answers.findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q14"))
        .isEmpty();
  }

  @Test
  void aBackgroundSaveBySomeoneOutsideThePartnership_isNotFound_andNothingIsStored() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Owen Owner"));
    String benchmark = givenBenchmark(coordinator);
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Otto Outsider"));
    String token =
        Jsoup.parse(outsider.get("/account").body()).selectFirst("input[name=_csrf]").val();

    HttpResponse<String> refused =
        outsider.postForJson(
            benchmark + "/questions/Q15",
            Map.of("_csrf", token, "answer", "yes", "notes", "Not mine to save", "revision", ""));

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(
            answers.findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q15"))
        .isEmpty();
  }

  @Test
  void pressingSaveTwice_savesOnce_withoutAConflict() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Doug Double"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Double Submit Partnership");
    String benchmark =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    Document page = Jsoup.parse(coordinator.get(benchmark + "/questions/Q12").body());

    HttpResponse<String> once =
        coordinator.submitForm(
            page, "#answer-form", Map.of("answer", "partly", "notes", "Same\r\nnotes"));
    HttpResponse<String> twice =
        coordinator.submitForm(
            page, "#answer-form", Map.of("answer", "partly", "notes", "Same\r\nnotes"));

    assertThat(once.statusCode()).isEqualTo(302);
    assertThat(twice.statusCode()).isEqualTo(302);
    assertThat(
            answers
                .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q12")
                .orElseThrow()
                .revision())
        .isZero();
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .filteredOn(e -> e.action().equals("BENCHMARK_ANSWER_SAVED"))
        .hasSize(1);
  }

  @Test
  void notesThatAreTooLong_orAnAnswerNotOnTheScale_getSpecificErrors_andKeepWhatWasTyped() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Vera Validation"));
    String benchmark = givenBenchmark(coordinator);
    String longNotes = "n".repeat(20_001);

    HttpResponse<String> response =
        coordinator.submitForm(
            benchmark + "/questions/Q02",
            "#answer-form",
            Map.of(
                "answer", "sometimes", "notes", longNotes, "actionsArising", "Keep this action"));

    Document page = Jsoup.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Select one of the answers shown",
            "Discussion notes must be 20,000 characters or fewer");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#answer", "#notes");
    assertThat(page.select("textarea[name=notes]").text()).hasSize(20_001);
    assertThat(page.select("textarea[name=actionsArising]").text()).isEqualTo("Keep this action");
    assertThat(
            answers.findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(benchmark), "Q02"))
        .isEmpty();
  }

  private String givenBenchmark(SiteVisitor visitor) {
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Never Lost Partnership");
    return BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2026, 11, 2));
  }

  /** A second member of the benchmark's partnership, signed in. */
  private SiteVisitor joined(SiteVisitor coordinator, String benchmark, Account account) {
    String partnership = benchmark.substring(0, benchmark.indexOf("/benchmarks"));
    Map<String, String> fields =
        new LinkedHashMap<>(Map.of("email", account.email(), "role", "MEMBER"));
    coordinator.submitForm(partnership + "/members/invite", "main form", fields);
    String link =
        uk.missingchildren.response.support.Outbox.newestLink(
            outbox, account.email(), "/invitations/");
    SiteVisitor member = users.signedIn(url(""), account);
    member.submitForm(link, "main form", Map.of());
    return member;
  }

  private static String csrf(SiteVisitor visitor, String page) {
    return Jsoup.parse(visitor.get(page).body())
        .selectFirst("#answer-form input[name=_csrf]")
        .val();
  }
}
