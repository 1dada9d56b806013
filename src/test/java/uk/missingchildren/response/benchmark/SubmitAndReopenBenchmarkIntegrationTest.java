package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.Outbox;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class SubmitAndReopenBenchmarkIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Answers answers;
  @Autowired AuditEvents audit;
  @Autowired EmailMessages outbox;

  @Test
  void submittingWithUnansweredQuestions_listsEachOneInTheErrorSummary_andSubmitsNothing() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Unanswered Partnership");
    String benchmark =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    for (String question : BenchmarkMeetings.QUESTIONS.subList(0, 24)) {
      BenchmarkMeetings.answer(coordinator, benchmark, question, "yes", null, null);
    }
    BenchmarkMeetings.answer(coordinator, benchmark, "Q25", null, "Notes but no answer yet", null);

    Document check = Jsoup.parse(coordinator.get(benchmark + "/check").body());
    assertThat(check.select("#Q25 .govuk-tag").text()).isEqualTo("Not answered");
    assertThat(check.select("#Q25").text()).contains("Notes but no answer yet");
    assertThat(check.select(".govuk-inset-text").text())
        .contains("Answer the 2 remaining questions first");
    HttpResponse<String> submitted = BenchmarkMeetings.submit(coordinator, benchmark);

    Document page = Jsoup.parse(submitted.body());
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Answer question 25 (Child's voice and family support)",
            "Answer question 26 (Workforce and practice quality)");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#Q25", "#Q26");
    assertThat(Jsoup.parse(coordinator.get(benchmark).body()).select(".govuk-tag").text())
        .doesNotContain("Submitted");
  }

  @Test
  void afterSubmission_answersAreLocked_untilACoordinatorReopens_andEveryLaterChangeIsAudited() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Reopen Partnership", Map.of("Q04", "partly"));
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    String staleToken =
        Jsoup.parse(coordinator.get("/partnerships").body()).selectFirst("input[name=_csrf]").val();

    HttpResponse<String> lockedSave =
        coordinator.post(
            benchmark + "/questions/Q04",
            Map.of("_csrf", staleToken, "answer", "no", "notes", "Too late", "revision", "0"));
    assertThat(lockedSave.headers().firstValue("Location").orElseThrow())
        .endsWith(benchmark + "?locked");
    assertThat(
            Jsoup.parse(coordinator.get(benchmark + "?locked").body())
                .select(".govuk-notification-banner")
                .text())
        .contains("This benchmark has been submitted, so your change was not saved");
    assertThat(
            coordinator
                .get(benchmark + "/questions/Q04")
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("a submitted benchmark's questions are read on the answers page")
        .endsWith(benchmark + "/check#Q04");

    HttpResponse<String> reopened =
        coordinator.submitForm(benchmark + "/reopen", "#reopen-benchmark", Map.of());
    assertThat(reopened.headers().firstValue("Location").orElseThrow())
        .endsWith(benchmark + "?reopened");
    BenchmarkMeetings.answer(
        coordinator, benchmark, "Q04", "yes", "Corrected after the meeting", null);
    BenchmarkMeetings.submit(coordinator, benchmark);

    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .extracting(AuditEvent::action)
        .containsSubsequence(
            "BENCHMARK_RESUBMITTED",
            "BENCHMARK_ANSWER_CHANGED_AFTER_SUBMISSION",
            "BENCHMARK_REOPENED",
            "BENCHMARK_SUBMITTED");
    AuditEvent change =
        audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId).stream()
            .filter(e -> e.action().equals("BENCHMARK_ANSWER_CHANGED_AFTER_SUBMISSION"))
            .findFirst()
            .orElseThrow();
    assertThat(change.subject()).isEqualTo("Benchmark of 2026-11-02, Q04");
    assertThat(change.details())
        .contains(
            "answer: \"partly\" -> \"yes\"",
            "notes: \"Notes for Q04\" -> \"Corrected after the meeting\"");
  }

  @Test
  void aMemberWhoIsNotACoordinator_cannotReopen() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(coordinator, "Member Partnership", Map.of());
    var memberAccount = users.givenAccount("Mo Member");
    String partnership = benchmark.substring(0, benchmark.indexOf("/benchmarks"));
    coordinator.submitForm(
        partnership + "/members/invite",
        "main form",
        Map.of("email", memberAccount.email(), "role", "MEMBER"));
    SiteVisitor member = users.signedIn(url(""), memberAccount);
    member.submitForm(
        Outbox.newestLink(outbox, memberAccount.email(), "/invitations/"), "main form", Map.of());
    String token = Jsoup.parse(member.get(benchmark).body()).selectFirst("input[name=_csrf]").val();

    assertThat(member.get(benchmark).body()).doesNotContain("Reopen the benchmark");
    assertThat(member.get(benchmark + "/reopen").statusCode()).isEqualTo(403);
    assertThat(member.post(benchmark + "/reopen", Map.of("_csrf", token)).statusCode())
        .isEqualTo(403);
    assertThat(Jsoup.parse(member.get(benchmark).body()).text()).contains("Submitted on");
  }

  @Test
  void startingFromAPreviousBenchmark_copiesItsAnswersAndNotes_butNotItsActionsArising() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Repeat Partnership");
    String first = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2025, 11, 3));
    BenchmarkMeetings.answer(
        coordinator, first, "Q01", "partly", "Last year's notes", "Last year's action");

    Document start =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/benchmarks/new").body());
    assertThat(start.select("label[for=startFrom-1]").text())
        .isEqualTo("From the answers of the benchmark of 3 November 2025 (1 answered)");
    HttpResponse<String> second =
        coordinator.submitForm(
            start,
            "#start-benchmark",
            Map.of(
                "meetingDay",
                "2",
                "meetingMonth",
                "11",
                "meetingYear",
                "2026",
                "facilitator",
                "Fran",
                "noteTaker",
                "Nat",
                "startFrom",
                BenchmarkMeetings.benchmarkId(first).toString()));
    String repeat =
        BenchmarkMeetings.benchmarkPath(second.headers().firstValue("Location").orElseThrow());

    Answer copied =
        answers
            .findByBenchmarkIdAndQuestionId(BenchmarkMeetings.benchmarkId(repeat), "Q01")
            .orElseThrow();
    assertThat(copied.answer()).isEqualTo("partly");
    assertThat(copied.notes()).isEqualTo("Last year's notes");
    assertThat(copied.actionsArising()).isNull();
    Document history =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/benchmarks").body());
    assertThat(history.select("tbody tr").eachText())
        .containsExactly(
            "2 November 2026 In progress 1 of 26 questions answered Continue 2 November 2026",
            "3 November 2025 In progress 1 of 26 questions answered Continue 3 November 2025");
  }
}
