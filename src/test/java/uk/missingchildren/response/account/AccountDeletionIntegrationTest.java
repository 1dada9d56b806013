package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.EveryTable;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Someone deletes their own account: their name and address are erased from every table, they are
 * signed out, and what they recorded stays with the partnership, made by "a former member".
 */
class AccountDeletionIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void
      deletingYourAccount_erasesYourNameAndAddressEverywhere_andKeepsWhatYouRecorded_asAFormerMember() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Carla Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Erasure Partnership");
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Account leaver = users.givenAccount("Erin Erasable" + unique);
    SiteVisitor visitor = joined(coordinator, partnershipId, leaver);
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.answer(visitor, benchmark, "Q04", "partly", "Notes the leaver typed", null);
    String action = actionLedAndUpdatedBy(visitor, partnershipId, leaver);
    new SiteVisitor(url("")).signInError(leaver.email(), "not the password at all");
    assertThat(EveryTable.mentionsOf(jdbc, leaver.email())).as("before").isNotEmpty();

    Document wrong =
        Jsoup.parse(
            visitor
                .submitForm("/account/delete", "main form", Map.of("password", "not my password"))
                .body());
    assertThat(wrong.select(".govuk-error-summary a").eachText())
        .containsExactly("The password is not correct");
    HttpResponse<String> deleted =
        visitor.submitForm("/account/delete", "main form", Map.of("password", TestUsers.PASSWORD));

    assertThat(deleted.headers().firstValue("Location")).hasValue("/sign-in?account-deleted");
    assertThat(
            Jsoup.parse(visitor.get("/sign-in?account-deleted").body())
                .select(".govuk-notification-banner")
                .text())
        .contains("Your account has been deleted.");
    assertThat(visitor.get("/account").headers().firstValue("Location").orElse(""))
        .as("signed out")
        .endsWith("/sign-in");
    assertThat(EveryTable.mentionsOf(jdbc, leaver.email())).isEmpty();
    assertThat(EveryTable.mentionsOf(jdbc, leaver.displayName())).isEmpty();
    assertThat(new SiteVisitor(url("")).signInError(leaver.email(), TestUsers.PASSWORD))
        .startsWith("Enter a correct email address");
    assertThat(
            jdbc.queryForObject(
                "SELECT notes FROM benchmark_answer WHERE benchmark_id = ? AND question_id = 'Q04'",
                String.class,
                BenchmarkMeetings.benchmarkId(benchmark)))
        .isEqualTo("Notes the leaver typed");
    assertThat(Jsoup.parse(coordinator.get(action).body()).select(".app-history__entry").eachText())
        .anySatisfy(
            entry -> assertThat(entry).contains("a former member", "Agreed with the RHI service"));
    Document log =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/audit-log").body());
    assertThat(log.select("tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("A former member", "Invitation accepted"));
  }

  @Test
  void theOnlyCoordinatorOfAPartnership_isToldToHandOverFirst_andTheirAccountStays() {
    Account only = users.givenAccount("Olly Only");
    SiteVisitor visitor = users.signedIn(url(""), only);
    BenchmarkMeetings.givenPartnership(visitor, "Sole Coordinator Partnership");

    Document page = Jsoup.parse(visitor.get("/account/delete").body());
    String token =
        Jsoup.parse(visitor.get("/account").body()).selectFirst("input[name=_csrf]").val();
    HttpResponse<String> attempted =
        visitor.post("/account/delete", Map.of("_csrf", token, "password", TestUsers.PASSWORD));

    assertThat(page.select("#deletion-blocked").text())
        .isEqualTo(
            "You are the only coordinator of Sole Coordinator Partnership. "
                + "Make another member a coordinator, or delete the partnership, before you delete your account.");
    assertThat(page.select("form[action$=/account/delete]")).isEmpty();
    assertThat(attempted.statusCode()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE id = ?", Long.class, only.id()))
        .isEqualTo(1);
  }

  /** An action they set, with themselves as its lead, then updated; returns the action's page. */
  private static String actionLedAndUpdatedBy(
      SiteVisitor visitor, UUID partnershipId, Account leaver) {
    String review =
        uk.missingchildren.response.support.ChecklistMeetings.start(
            visitor, partnershipId, "return-home-interviews", LocalDate.of(2026, 11, 9), "blank");
    LocalDate due = LocalDate.now().plusMonths(6);
    HttpResponse<String> set =
        visitor.submitForm(
            review + "/items/T05-R01/actions/new",
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
                leaver.displayName(),
                "leadEmail",
                leaver.email(),
                "dueDay",
                String.valueOf(due.getDayOfMonth()),
                "dueMonth",
                String.valueOf(due.getMonthValue()),
                "dueYear",
                String.valueOf(due.getYear()),
                "successMeasure",
                "Measured"));
    assertThat(set.statusCode())
        .as(Jsoup.parse(set.body()).select(".govuk-error-summary").text())
        .isEqualTo(302);
    String actionId =
        Jsoup.parse(visitor.get("/partnerships/" + partnershipId + "/actions").body())
            .select("a[href*=/actions/]")
            .eachAttr("href")
            .stream()
            .filter(href -> href.matches(".*/actions/[0-9a-f-]{36}"))
            .findFirst()
            .orElseThrow();
    String update = actionId + "/update";
    HttpResponse<String> updated =
        visitor.submitForm(
            update,
            "#update-action",
            Map.of(
                "progress",
                "Agreed with the RHI service",
                "status",
                "IN_PROGRESS",
                "owner",
                "PARTNERSHIP",
                "leadPerson",
                leaver.displayName(),
                "leadEmail",
                leaver.email(),
                "dueDay",
                String.valueOf(due.getDayOfMonth()),
                "dueMonth",
                String.valueOf(due.getMonthValue()),
                "dueYear",
                String.valueOf(due.getYear())));
    assertThat(updated.statusCode())
        .as(Jsoup.parse(updated.body()).select(".govuk-error-summary").text())
        .isEqualTo(302);
    return actionId;
  }

  private SiteVisitor joined(SiteVisitor coordinator, UUID partnershipId, Account account) {
    HttpResponse<String> invited =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/members/invite",
            "main form",
            Map.of("email", account.email(), "role", "MEMBER"));
    String link =
        Jsoup.parse(coordinator.get(invited.headers().firstValue("Location").orElseThrow()).body())
            .select("#invitation-link-value")
            .val();
    SiteVisitor visitor = users.signedIn(url(""), account);
    visitor.submitForm(URI.create(link).getPath(), "main form", Map.of());
    return visitor;
  }
}
