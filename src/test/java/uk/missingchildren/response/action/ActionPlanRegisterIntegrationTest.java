package uk.missingchildren.response.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The action plan page: overdue is worked out from the due date and the status, the filters and
 * sort orders choose and order the rows, and the counts add up to what is listed.
 */
class ActionPlanRegisterIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ActionService actions;
  @Autowired JdbcTemplate jdbc;

  private SiteVisitor visitor;
  private PartnershipContext context;
  private String register;

  @Test
  void anOpenActionPastItsDueDate_isOverdue_butACompletedOrClosedOneIsNot() {
    givenPartnership("Overdue Partnership");
    Action late = given("Late and open", "T01", ActionOwner.PARTNERSHIP, null, -1);
    Action dueToday = given("Due today", "T01", ActionOwner.PARTNERSHIP, null, 0);
    Action lateButDone = given("Late but completed", "T01", ActionOwner.PARTNERSHIP, null, -10);
    Action lateInProgress = given("Late and in progress", "T01", ActionOwner.PARTNERSHIP, null, -3);
    status(lateButDone, ActionStatus.COMPLETED);
    status(lateInProgress, ActionStatus.IN_PROGRESS);
    LocalDate today = actions.today();

    assertThat(actions.action(context, late.id()).overdue(today)).isTrue();
    assertThat(actions.action(context, dueToday.id()).overdue(today))
        .as("due today is not yet overdue")
        .isFalse();
    assertThat(actions.action(context, lateButDone.id()).overdue(today)).isFalse();
    assertThat(actions.action(context, lateInProgress.id()).overdue(today)).isTrue();

    Document page = page(register);
    assertThat(page.select("#overdue-count").text()).isEqualTo("2");
    assertThat(rowsWithOverdueTag(page)).containsExactly("Late and in progress", "Late and open");
    assertThat(page(register + "?status=OVERDUE").select("#register tbody a").eachText())
        .containsExactly("Late and in progress", "Late and open");
    assertThat(page(partnershipPath() + "/actions/" + late.id()).select("#status").text())
        .isEqualTo("Not started Overdue");
  }

  @Test
  void filtersChooseTheRows_countsAddUp_andColumnsSortBothWays() {
    givenPartnership("Filter Partnership");
    given("Police briefing", "T03", ActionOwner.AGENCY, Agency.POLICE, 30);
    given("Health pathway", "T03", ActionOwner.AGENCY, Agency.HEALTH, 10);
    Action protocol = given("Joint protocol", "T01", ActionOwner.PARTNERSHIP, null, 100);
    given("Return interview offer", "T05", ActionOwner.PARTNERSHIP, null, 60);
    status(protocol, ActionStatus.CLOSED);

    Document all = page(register);
    assertThat(all.select("h2#actions").text()).isEqualTo("4 actions");
    assertThat(all.select("#register tbody a").eachText())
        .as("soonest due first")
        .containsExactly(
            "Health pathway", "Police briefing", "Return interview offer", "Joint protocol");
    assertThat(all.select("#status-counts").text())
        .contains("Not started 3", "In progress 0", "Completed 0", "Closed 1", "Overdue 0");

    assertThat(page(register + "?area=T03").select("#register tbody a").eachText())
        .containsExactly("Health pathway", "Police briefing");
    assertThat(page(register + "?owner=POLICE").select("#register tbody a").eachText())
        .containsExactly("Police briefing");
    assertThat(
            page(register + "?owner=PARTNERSHIP&status=OPEN")
                .select("#register tbody a")
                .eachText())
        .containsExactly("Return interview offer");
    Document dueSoon = page(register + "?due=30");
    assertThat(dueSoon.select("#register tbody a").eachText())
        .containsExactly("Health pathway", "Police briefing");
    assertThat(dueSoon.select("h2#actions").text()).isEqualTo("2 actions match, of 4");
    assertThat(dueSoon.select("#status-counts").text()).contains("Not started 2", "Closed 0");
    assertThat(page(register + "?due=later").select("#register tbody a").eachText())
        .containsExactly("Joint protocol");
    assertThat(page(register + "?status=COMPLETED").select("p.govuk-body").text())
        .contains("No actions match these filters.");

    Document byTitle = page(register + "?sort=title");
    assertThat(byTitle.select("#register tbody a").eachText())
        .containsExactly(
            "Health pathway", "Joint protocol", "Police briefing", "Return interview offer");
    assertThat(byTitle.select("th[aria-sort=ascending]").text()).isEqualTo("Action");
    String reverse = byTitle.select("th[aria-sort=ascending] a").attr("href");
    assertThat(reverse).contains("sort=title").contains("order=desc");
    assertThat(page(reverse).select("#register tbody a").eachText())
        .containsExactly(
            "Return interview offer", "Police briefing", "Joint protocol", "Health pathway");
    assertThat(page(register + "?area=T03&sort=owner").select("thead th a").eachAttr("href"))
        .as("sorting keeps the filters")
        .allMatch(href -> href.contains("area=T03"));
    assertThat(page(register + "?status=nonsense&due=never").select("#register tbody tr"))
        .as("unknown values mean any")
        .hasSize(4);
  }

  @Test
  void aLongPlanIsSplitIntoPages() {
    givenPartnership("Pages Partnership");
    for (int i = 1; i <= ActionRegister.PAGE_SIZE + 3; i++) {
      given(String.format("Action %03d", i), "T02", ActionOwner.PARTNERSHIP, null, i);
    }
    Document first = page(register);
    assertThat(first.select("#register tbody tr")).hasSize(ActionRegister.PAGE_SIZE);
    assertThat(first.select("#register-caption").text()).isEqualTo("Actions, page 1 of 2");
    Document second = page(register + "?page=2");
    assertThat(second.select("#register tbody a").eachText())
        .containsExactly("Action 051", "Action 052", "Action 053");
    assertThat(second.select(".govuk-pagination__item--current a").attr("aria-current"))
        .isEqualTo("page");
  }

  // ------------------------------------------------------------------------------------------

  private void givenPartnership(String name) {
    Account account = users.givenAccount("Rae " + name);
    visitor = users.signedIn(url(""), account);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, name);
    context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));
    register = "/partnerships/" + partnershipId + "/actions";
  }

  private String partnershipPath() {
    return "/partnerships/" + context.partnershipId();
  }

  private Action given(
      String title, String themeId, ActionOwner owner, Agency agency, int dueInDays) {
    return actions.create(
        context,
        new NewAction(
            themeId,
            ActionSource.CHECKLIST_ITEM,
            themeId + "-R01",
            null,
            null,
            title,
            "What will be done",
            owner,
            agency,
            "Lee Lead",
            actions.today().plusDays(dueInDays),
            "How we will know"));
  }

  /** Sets a status directly, as if earlier updates had moved it there. */
  private void status(Action action, ActionStatus status) {
    jdbc.update(
        "UPDATE partnership_action SET status = ? WHERE id = ?", status.name(), action.id());
  }

  private static java.util.List<String> rowsWithOverdueTag(Document page) {
    return page.select("#register tbody tr").stream()
        .filter(row -> row.select(".govuk-tag--red").size() == 1)
        .map(row -> row.selectFirst("a").text())
        .toList();
  }

  private Document page(String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(() -> path + "\n" + response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
