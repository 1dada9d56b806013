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
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class RunBenchmarkMeetingIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;

  @Test
  void aWholeMeeting_fromStartToSubmission_recordsTheFrameworkVersionAnswersAndAudit() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Meeting Partnership");

    String path = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(
        coordinator, path, "Pat Police", "POLICE", "Missing persons coordinator");
    Document overview = Jsoup.parse(coordinator.get(path).body());
    assertThat(overview.select("h1").text()).isEqualTo("Benchmark of 2 November 2026");
    assertThat(overview.text())
        .contains(
            "Pat Police, Police",
            "Fran Facilitator",
            "Nat Notes",
            "2026.1",
            "0 of 26 questions answered");
    assertThat(overview.select(".govuk-task-list__item")).hasSize(26);

    BenchmarkMeetings.answerAll(coordinator, path, Map.of("Q01", "partly", "Q02", "dont_know"));

    overview = Jsoup.parse(coordinator.get(path).body());
    assertThat(overview.text()).contains("26 of 26 questions answered");
    assertThat(overview.select("#Q01-status").text()).isEqualTo("Partly");
    HttpResponse<String> submitted = BenchmarkMeetings.submit(coordinator, path);
    assertThat(submitted.headers().firstValue("Location").orElseThrow())
        .endsWith(path + "/submitted");
    Document confirmation = Jsoup.parse(coordinator.get(path + "/submitted").body());
    assertThat(confirmation.select(".govuk-panel__title").text()).isEqualTo("Benchmark submitted");
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .extracting(e -> e.action())
        .contains(
            "BENCHMARK_STARTED",
            "BENCHMARK_ATTENDEE_ADDED",
            "BENCHMARK_ANSWER_SAVED",
            "BENCHMARK_SUBMITTED");
  }
}
