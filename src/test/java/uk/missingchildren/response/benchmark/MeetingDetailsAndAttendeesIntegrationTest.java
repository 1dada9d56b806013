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
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class MeetingDetailsAndAttendeesIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;

  @Test
  void startingWithAnIncompleteDateAndNoNames_saysWhatIsMissing_andKeepsWhatWasTyped() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Details Partnership");

    HttpResponse<String> response =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/benchmarks/new",
            "#start-benchmark",
            Map.of(
                "meetingDay",
                "31",
                "meetingMonth",
                "",
                "meetingYear",
                "2026",
                "facilitator",
                " ",
                "noteTaker",
                "Nat Notes"));

    Document page = Jsoup.parse(response.body());
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Date of the meeting must include a month", "Enter the name of the facilitator");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#meetingDate", "#facilitator");
    assertThat(page.select("#meetingDate").val()).isEqualTo("31");
    assertThat(page.select("#meetingDate-year").val()).isEqualTo("2026");
    assertThat(page.select("#noteTaker").val()).isEqualTo("Nat Notes");
    assertThat(page.select("#meetingDate-month").hasClass("govuk-input--error")).isTrue();
  }

  @Test
  void aDateThatDoesNotExist_isRejectedAsNotReal() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Date Partnership");

    HttpResponse<String> response =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/benchmarks/new",
            "#start-benchmark",
            Map.of(
                "meetingDay",
                "30",
                "meetingMonth",
                "2",
                "meetingYear",
                "2026",
                "facilitator",
                "Fran",
                "noteTaker",
                "Nat"));

    assertThat(Jsoup.parse(response.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Date of the meeting must be a real date, like 27 3 2026");
  }

  @Test
  void aStartingPointThatIsNotOneOfThePartnershipsBenchmarks_isRejectedWithAnError() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Start From Partnership");

    HttpResponse<String> response =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/benchmarks/new",
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
                "not-a-benchmark"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Select how you want to start");
  }

  @Test
  void attendeesCanBeAddedChangedAndRemovedDuringTheMeeting_eachChangeAudited() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Attendee Partnership");
    String benchmark =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));

    HttpResponse<String> invalid =
        coordinator.submitForm(
            benchmark + "/attendees", "#add-attendee", Map.of("name", "Hana Health", "role", ""));
    assertThat(Jsoup.parse(invalid.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Select the agency they represent");
    assertThat(Jsoup.parse(invalid.body()).select("#name").val()).isEqualTo("Hana Health");

    BenchmarkMeetings.addAttendee(
        coordinator, benchmark, "Hana Health", "HEALTH", "Designated nurse");
    BenchmarkMeetings.addAttendee(coordinator, benchmark, "Ed Education", "EDUCATION", "");
    Document list = Jsoup.parse(coordinator.get(benchmark + "/attendees").body());
    assertThat(list.select("#attendees tbody tr").eachText())
        .containsExactly(
            "Hana Health Health Designated nurse Change Hana Health Remove Hana Health",
            "Ed Education Education Change Ed Education Remove Ed Education");
    String hana = list.select("#attendees a[href*=/attendees/]").first().attr("href");

    coordinator.submitForm(
        hana,
        "#change-attendee",
        Map.of("name", "Hana Health", "agency", "HEALTH", "role", "Named nurse"));
    HttpResponse<String> removed =
        coordinator.submitForm(
            benchmark + "/attendees", "#attendees tbody tr:nth-child(2) form", Map.of());
    assertThat(removed.statusCode()).isEqualTo(302);

    Document after = Jsoup.parse(coordinator.get(benchmark + "/attendees").body());
    assertThat(after.select("#attendees tbody tr").eachText())
        .containsExactly("Hana Health Health Named nurse Change Hana Health Remove Hana Health");
    assertThat(after.select(".govuk-notification-banner").text())
        .contains("Ed Education has been removed");
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .extracting(AuditEvent::action)
        .containsSubsequence(
            "BENCHMARK_ATTENDEE_REMOVED", "BENCHMARK_ATTENDEE_CHANGED", "BENCHMARK_ATTENDEE_ADDED");
  }

  @Test
  void changingTheMeetingDetails_isShownOnTheOverview() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Change Details Partnership");
    String benchmark =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));

    Document form = Jsoup.parse(coordinator.get(benchmark + "/details").body());
    assertThat(form.select("#meetingDate").val()).isEqualTo("2");
    coordinator.submitForm(
        form,
        "#meeting-details",
        Map.of(
            "meetingDay",
            "9",
            "meetingMonth",
            "11",
            "meetingYear",
            "2026",
            "facilitator",
            "Fiona New",
            "noteTaker",
            "Nat Notes"));

    Document overview = Jsoup.parse(coordinator.get(benchmark + "?detailsChanged").body());
    assertThat(overview.select("h1").text()).isEqualTo("Benchmark of 9 November 2026");
    assertThat(overview.text()).contains("Fiona New", "The meeting details have been changed");
  }
}
