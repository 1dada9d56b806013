package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.EveryTable;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A coordinator deletes a partnership: hidden from everyone at once, restorable by the site
 * administrator for 30 days, then purged with every record it owns.
 */
class PartnershipDeletionIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired PartnershipRetention retention;
  @Autowired JdbcTemplate jdbc;

  @Test
  void
      aCoordinatorDeletesThePartnership_afterTypingItsName_itIsHiddenFromEveryMember_andTheAdministratorCanRestoreIt() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Della Deleter"));
    String name = "Deletable Partnership " + UUID.randomUUID().toString().substring(0, 6);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, name);
    SiteVisitor member =
        joined(coordinator, partnershipId, users.givenAccount("Mo Member"), "MEMBER");
    String delete = "/partnerships/" + partnershipId + "/delete";

    Document mismatch =
        Jsoup.parse(
            coordinator
                .submitForm(delete, "main form", Map.of("confirmation", "Some other name"))
                .body());
    Document blank =
        Jsoup.parse(coordinator.submitForm(delete, "main form", Map.of("confirmation", "")).body());
    assertThat(mismatch.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "The name you typed does not match: type the partnership's name exactly as shown");
    assertThat(mismatch.select("#confirmation").val())
        .as("what they typed is kept")
        .isEqualTo("Some other name");
    assertThat(blank.select(".govuk-error-summary a").eachText())
        .containsExactly("Type the partnership's name to confirm that you want to delete it");
    assertThat(member.get("/partnerships/" + partnershipId).statusCode())
        .as("still there")
        .isEqualTo(200);

    Document confirm = Jsoup.parse(coordinator.get(delete).body());
    HttpResponse<String> deleted =
        coordinator.submitForm(
            confirm, "main form", Map.of("confirmation", " " + name.toUpperCase() + " "));
    HttpResponse<String> pressedAgain =
        coordinator.submitForm(
            confirm, "main form", Map.of("confirmation", " " + name.toUpperCase() + " "));

    assertThat(deleted.headers().firstValue("Location")).hasValue("/partnerships");
    assertThat(pressedAgain.statusCode())
        .as("a second press leads to the same page, not to page not found")
        .isEqualTo(302);
    assertThat(pressedAgain.headers().firstValue("Location")).hasValue("/partnerships");
    assertThat(
            Jsoup.parse(coordinator.get("/partnerships").body())
                .select(".govuk-notification-banner")
                .text())
        .contains(name + " has been deleted. The site administrator can restore it until");
    assertThat(member.get("/partnerships/" + partnershipId).statusCode()).isEqualTo(404);
    assertThat(coordinator.get("/partnerships/" + partnershipId + "/benchmarks/new").statusCode())
        .isEqualTo(404);
    assertThat(Jsoup.parse(member.get("/partnerships").body()).text()).doesNotContain(name);

    SiteVisitor administrator = users.signedIn(url(""), users.givenAdministrator("Ada Admin"));
    Document admin = Jsoup.parse(administrator.get("/admin/partnerships").body());
    assertThat(admin.select("#deleted ~ .app-table-scroll tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains(name, "Restore"));
    administrator.submitForm(admin, "form[action$=" + partnershipId + "/restore]", Map.of());

    assertThat(member.get("/partnerships/" + partnershipId).statusCode()).isEqualTo(200);
    assertThat(
            Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/audit-log").body())
                .text())
        .contains("Partnership deleted", "Deletion undone by the site administrator");
  }

  @Test
  void aMemberWhoIsNotACoordinator_cannotDeleteThePartnership() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cora Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Kept Partnership");
    SiteVisitor member =
        joined(coordinator, partnershipId, users.givenAccount("Max Member"), "MEMBER");
    String token =
        Jsoup.parse(member.get("/partnerships/" + partnershipId).body())
            .selectFirst("input[name=_csrf]")
            .val();

    assertThat(member.get("/partnerships/" + partnershipId + "/delete").statusCode())
        .isEqualTo(403);
    assertThat(
            member
                .post(
                    "/partnerships/" + partnershipId + "/delete",
                    Map.of("_csrf", token, "confirmation", "Kept Partnership"))
                .statusCode())
        .isEqualTo(403);
    assertThat(member.get("/partnerships/" + partnershipId).statusCode()).isEqualTo(200);
  }

  @Test
  void
      thePurge_removesEveryRecordOfAPartnershipDeletedMoreThan30DaysAgo_fromEveryTable_andLeavesARecentOneRestorable() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Petra Purge"));
    String name = "Purged Partnership " + UUID.randomUUID().toString().substring(0, 6);
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(coordinator, name, Map.of("Q03", "no"));
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    coordinator.submitForm(
        benchmark + "/report/email",
        "#email-report",
        Map.of("addresses", "board.chair@example.org", "message", "For the board"));
    String review =
        ChecklistMeetings.start(
            coordinator,
            partnershipId,
            "return-home-interviews",
            LocalDate.of(2026, 11, 9),
            "blank");
    ChecklistMeetings.rate(
        coordinator, review, "required", "T05-R01", "not_met", "high", "Reason", "Evidence");
    setAction(coordinator, review, "T05-R01");
    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/members/invite",
        "main form",
        Map.of("email", "never.joined@example.org", "role", "VIEWER"));
    List<String> owned =
        new ArrayList<>(
            List.of(
                partnershipId.toString(),
                name,
                BenchmarkMeetings.benchmarkId(benchmark).toString(),
                ChecklistMeetings.reviewId(review).toString()));
    owned.addAll(
        jdbc.queryForList(
            "SELECT CAST(id AS VARCHAR(36)) FROM partnership_action WHERE partnership_id = ?",
            String.class,
            partnershipId));
    assertThat(EveryTable.mentionsOf(jdbc, partnershipId.toString()))
        .as("before the purge")
        .containsKeys(
            "partnership.id",
            "benchmark.partnership_id",
            "audit_event.partnership_id",
            "email_message.partnership_id",
            "invitation.partnership_id",
            "partnership_action.partnership_id");

    SiteVisitor recent = users.signedIn(url(""), users.givenAccount("Rita Recent"));
    String recentName =
        "Recently Deleted Partnership " + UUID.randomUUID().toString().substring(0, 6);
    UUID recentId = BenchmarkMeetings.givenPartnership(recent, recentName);
    recent.submitForm(
        "/partnerships/" + recentId + "/delete", "main form", Map.of("confirmation", recentName));
    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/delete", "main form", Map.of("confirmation", name));
    jdbc.update(
        "UPDATE partnership SET deleted_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)),
        partnershipId);

    int purged = retention.purgeDue();

    assertThat(purged).isGreaterThanOrEqualTo(1);
    for (String value : owned) {
      assertThat(EveryTable.mentionsOf(jdbc, value)).as("rows still holding " + value).isEmpty();
    }
    assertThat(retention.purgeDue()).as("nothing left to purge twice").isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM partnership WHERE id = ?", Long.class, recentId))
        .isEqualTo(1);
  }

  private SiteVisitor joined(
      SiteVisitor coordinator, UUID partnershipId, Account account, String role) {
    HttpResponse<String> invited =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/members/invite",
            "main form",
            Map.of("email", account.email(), "role", role));
    String link =
        Jsoup.parse(coordinator.get(invited.headers().firstValue("Location").orElseThrow()).body())
            .select("#invitation-link-value")
            .val();
    SiteVisitor visitor = users.signedIn(url(""), account);
    visitor.submitForm(URI.create(link).getPath(), "main form", Map.of());
    return visitor;
  }

  private static void setAction(SiteVisitor visitor, String review, String item) {
    LocalDate due = LocalDate.now().plusMonths(6);
    visitor.submitForm(
        review + "/items/" + item + "/actions/new",
        "#set-action",
        Map.of(
            "title",
            "Agree an RHI offer",
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
  }
}
