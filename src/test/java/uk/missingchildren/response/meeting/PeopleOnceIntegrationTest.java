package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * People are typed in once: the partnership keeps a list of who comes to its meetings, a new
 * meeting takes the last meeting's attendees in one step (whatever kind of meeting either is) or
 * picks them from the list, and changing the list never rewrites a past meeting's attendees.
 */
class PeopleOnceIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void
      theSecondBenchmark_takesTheFirstOnesAttendeesInOneStep_andEditingTheListLeavesTheFirstAlone() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cora Once"));
    String first =
        BenchmarkMeetings.givenSubmittedBenchmark(coordinator, "People Once Partnership", Map.of());
    UUID partnershipId = UUID.fromString(first.split("/")[2]);
    String second = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2027, 5, 3));

    Document attendees = page(coordinator, second + "/attendees");
    assertThat(attendees.select("#last-time-heading").text())
        .isEqualTo("The same people as last time");
    assertThat(attendees.select("#last-time li").eachText())
        .containsExactly("Pat Police, Police", "Sam Social Care, Children's social care");
    assertThat(attendees.select("#same-as-last-time button").text())
        .isEqualTo("Add these 2 people");

    HttpResponse<String> added = coordinator.submitForm(attendees, "#same-as-last-time", Map.of());

    assertThat(added.statusCode()).isEqualTo(302);
    Document after = page(coordinator, second + "/attendees");
    assertThat(after.select(".govuk-notification-banner").text())
        .contains("2 people have been added");
    assertThat(after.select("#attendees tbody tr").eachText())
        .containsExactly(
            "Pat Police Police Missing persons coordinator Change Pat Police Remove Pat Police",
            "Sam Social Care Children's social care Team manager Change Sam Social"
                + " Care Remove Sam Social Care");
    assertThat(after.select("#last-time-heading, #choose-people"))
        .as("nothing left to add")
        .isEmpty();
    assertThat(coordinator.submitForm(attendees, "#same-as-last-time", Map.of()).statusCode())
        .as("the same form sent twice")
        .isEqualTo(302);
    assertThat(attendeeNames("benchmark_attendee", "benchmark_id", second)).hasSize(2);

    Document people = page(coordinator, "/partnerships/" + partnershipId + "/people");
    assertThat(people.select("#people tbody th").eachText())
        .as("everyone added to a meeting is on the list, once")
        .containsExactly("Pat Police", "Sam Social Care");
    String pat = people.select("#people tbody tr").first().select("a").attr("href");
    HttpResponse<String> changed =
        coordinator.submitForm(
            pat,
            "#change-person",
            Map.of("name", "Pat Police-Smith", "agency", "POLICE", "role", "Inspector"));
    assertThat(changed.statusCode()).isEqualTo(302);

    assertThat(attendeeNames("benchmark_attendee", "benchmark_id", first))
        .as("the first benchmark's attendees are unchanged")
        .containsExactly("Pat Police", "Sam Social Care");
    assertThat(attendeeNames("benchmark_attendee", "benchmark_id", second))
        .containsExactly("Pat Police", "Sam Social Care");
    assertThat(
            page(coordinator, "/partnerships/" + partnershipId + "/people")
                .select("#people tbody th")
                .eachText())
        .containsExactly("Pat Police-Smith", "Sam Social Care");
  }

  @Test
  void aChecklistReview_takesTheLastMeetingsPeople_orPicksFromTheList_andSaysWhenNoneIsChosen() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Rory Review"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Review People Partnership", Map.of());
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    String review =
        ChecklistMeetings.start(
            coordinator,
            partnershipId,
            "return-home-interviews",
            LocalDate.of(2027, 1, 11),
            "blank");

    Document attendees = page(coordinator, review + "/attendees");
    assertThat(attendees.select("#last-time-heading + p").text())
        .isEqualTo("At the stage one meeting on 2 November 2026, and not added here yet:");
    assertThat(attendees.select("#choose-people input[name=people]")).hasSize(2);

    HttpResponse<String> none = coordinator.submitForm(attendees, "#choose-people", Map.of());
    assertThat(none.statusCode()).isEqualTo(200);
    Document error = Jsoup.parse(none.body());
    assertThat(error.title()).startsWith("Error:");
    assertThat(error.select(".govuk-error-summary a").eachText())
        .containsExactly("Select the people who are at this meeting");
    assertThat(error.select(".govuk-error-summary a").attr("href")).isEqualTo("#people");
    assertThat(error.select("#people")).hasSize(1);

    String sam =
        attendees.select("#choose-people input[name=people]").stream()
            .filter(
                box ->
                    attendees
                        .select("label[for=" + box.id() + "]")
                        .text()
                        .equals("Sam Social Care"))
            .findFirst()
            .orElseThrow()
            .val();
    HttpResponse<String> chosen =
        coordinator.submitForm(attendees, "#choose-people", Map.of("people", sam));
    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(attendeeNames("checklist_review_attendee", "review_id", review))
        .containsExactly("Sam Social Care");
    Document after = page(coordinator, review + "/attendees");
    assertThat(after.select("#last-time li").eachText())
        .as("only who is not here yet")
        .containsExactly("Pat Police, Police");

    coordinator.submitForm(
        after,
        "#add-attendee",
        Map.of("name", "Rhi Worker", "agency", "RETURN_HOME_INTERVIEW_SERVICE", "role", ""));
    assertThat(
            page(coordinator, "/partnerships/" + partnershipId + "/people")
                .select("#people tbody th")
                .eachText())
        .as("someone typed in joins the list")
        .containsExactly("Pat Police", "Rhi Worker", "Sam Social Care");
  }

  @Test
  void anotherPartnershipsPeople_areNeitherShownNorOffered() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Olly Owner"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Owner People Partnership", Map.of());
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    SiteVisitor stranger = users.signedIn(url(""), users.givenAccount("Stan Stranger"));
    UUID otherPartnership = BenchmarkMeetings.givenPartnership(stranger, "Stranger Partnership");
    String theirs = BenchmarkMeetings.start(stranger, otherPartnership, LocalDate.of(2027, 2, 1));

    assertThat(stranger.get("/partnerships/" + partnershipId + "/people").statusCode())
        .isEqualTo(404);
    Document attendees = page(stranger, theirs + "/attendees");
    assertThat(attendees.select("#last-time-heading, #choose-people")).isEmpty();
    assertThat(attendees.text()).doesNotContain("Pat Police");
  }

  private Document page(SiteVisitor visitor, String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private List<String> attendeeNames(String table, String column, String meetingPath) {
    UUID meetingId = UUID.fromString(meetingPath.split("/")[4]);
    return jdbc.queryForList(
        "SELECT name FROM " + table + " WHERE " + column + " = ? ORDER BY added_at, id",
        String.class,
        meetingId);
  }
}
