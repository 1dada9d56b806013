package uk.missingchildren.response.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Every action arising written at stage one reaches the action plan as a proposed action, and stays
 * there until it is agreed, merged into an action or set aside: once each, whoever tries, and never
 * twice however often the meeting is reopened and submitted.
 */
class ProposedActionsIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProposedActionsService proposals;
  @Autowired PartnershipAccess access;
  @Autowired UserDetailsService userDetails;

  private SiteVisitor coordinator;
  private Account coordinatorAccount;
  private UUID partnershipId;
  private String benchmark;

  @Test
  void actionsArisingAppearAsProposedActions_asTheyAreWritten_andOncePerQuestion() {
    givenMeeting("Proposals Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q02", "partly", "", "Agree the protocol");
    BenchmarkMeetings.answer(
        coordinator, benchmark, "Q10", "no", "", "Offer every child an interview");

    Document plan = plan("");
    assertThat(plan.select("#proposed-heading").text()).isEqualTo("2 proposed actions to decide");
    assertThat(plan.select("#proposed .app-proposal").eachText())
        .anySatisfy(card -> assertThat(card).contains("Agree the protocol", "Partly"))
        .anySatisfy(card -> assertThat(card).contains("Offer every child an interview", "No"));
    assertThat(plan.select("#proposed").text()).contains("Still in progress");

    BenchmarkMeetings.answer(coordinator, benchmark, "Q02", "partly", "", "Agree the new protocol");
    answerTheRestAndSubmit();
    reopenAndSubmit();

    Document after = plan("");
    assertThat(after.select("#proposed-heading").text()).isEqualTo("2 proposed actions to decide");
    assertThat(after.select("#proposed").text())
        .contains("Agree the new protocol")
        .doesNotContain("Agree the protocol ")
        .doesNotContain("Still in progress");
    assertThat(page("/partnerships/" + partnershipId).select("#proposed-to-decide").text())
        .isEqualTo(
            "2 actions arising from stage one are waiting to be agreed, merged or set aside");
    assertThat(plan("?status=PROPOSED").select("#register")).isEmpty();
    assertThat(plan("?status=PROPOSED").select("#proposed .app-proposal")).hasSize(2);
    assertThat(plan("?area=T01").select("#proposed .app-proposal").text())
        .contains("Agree the new protocol")
        .doesNotContain("Offer every child");
    assertThat(plan("?owner=POLICE").select("#proposed")).as("no owner yet").isEmpty();
  }

  @Test
  void agreeingAProposal_setsTheAction_andTakesItOffTheList_once() {
    givenMeeting("Agree Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    String agree = proposalPath("Q10") + "/agree";

    Document form = page(agree);
    assertThat(form.select("h1").text()).isEqualTo("Agree a proposed action");
    assertThat(form.select("#description").text()).isEqualTo("Offer every interview");

    HttpResponse<String> missing =
        coordinator.submitForm(
            agree, "#agree-proposal", Map.of("description", "Offer every interview"));
    assertThat(missing.statusCode()).isEqualTo(200);
    Document errors = Jsoup.parse(missing.body());
    assertThat(errors.select(".govuk-error-summary").text()).contains("Enter a title");
    assertThat(errors.select("#description").text())
        .as("what was typed is kept")
        .isEqualTo("Offer every interview");

    Document page = page(agree);
    HttpResponse<String> agreed = coordinator.submitForm(page, "#agree-proposal", actionFields());
    assertThat(agreed.statusCode()).isEqualTo(302);
    HttpResponse<String> sentTwice =
        coordinator.submitForm(page, "#agree-proposal", actionFields());
    assertThat(sentTwice.headers().firstValue("Location"))
        .as("the same form sent twice leads where the first did")
        .isEqualTo(agreed.headers().firstValue("Location"));
    Document plan = page(agreed.headers().firstValue("Location").orElseThrow());
    assertThat(plan.select(".govuk-notification-banner--success").text())
        .contains("Action set: Interviews within 72 hours");
    assertThat(plan.select("#proposed")).isEmpty();
    assertThat(plan.select("#register tbody a").eachText())
        .containsExactly("Interviews within 72 hours");
    assertThat(plan.select("#decided-list").text()).contains("Agreed as an action");
    Map<String, Object> action =
        jdbc.queryForMap(
            "SELECT source_kind, source_id, benchmark_id FROM partnership_action"
                + " WHERE partnership_id = ?",
            partnershipId);
    assertThat(action)
        .containsEntry("source_kind", "STAGE_ONE_QUESTION")
        .containsEntry("source_id", "Q10")
        .containsEntry("benchmark_id", BenchmarkMeetings.benchmarkId(benchmark));

    HttpResponse<String> again = coordinator.get(agree);
    assertThat(again.statusCode()).as("decided already: back to the plan").isEqualTo(302);
    assertThat(again.headers().firstValue("Location").orElseThrow())
        .endsWith("/actions?proposal=decidedAlready#decided");
    assertThat(actionCount()).isEqualTo(1);
    assertThat(auditEvents()).contains("PROPOSED_ACTION_AGREED", "ACTION_SET");
  }

  @Test
  void twoPeopleDecidingAtOnce_decideItOnce_andTheSecondIsTold() {
    givenMeeting("Race Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    PartnershipContext context = coordinatorContext();
    // Both read the proposal as still to decide, as two pages drawn at the same moment would.
    ProposedAction first =
        proposals.pending(context, BenchmarkMeetings.benchmarkId(benchmark), "Q10");
    ProposedAction second =
        proposals.pending(context, BenchmarkMeetings.benchmarkId(benchmark), "Q10");

    proposals.setAside(context, first, "Already done");

    assertThatThrownBy(() -> proposals.agree(context, second, newAction()))
        .isInstanceOf(ProposalAlreadyDecidedException.class);
    assertThat(actionCount()).as("the second decision's action is not kept").isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proposed_action_decision WHERE partnership_id = ?",
                Long.class,
                partnershipId))
        .isEqualTo(1);
  }

  @Test
  void settingAProposalAside_needsAReason_andKeepsIt() {
    givenMeeting("Set Aside Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    String setAside = proposalPath("Q10") + "/set-aside";

    HttpResponse<String> noReason =
        coordinator.submitForm(setAside, "#set-aside-proposal", Map.of("reason", " "));
    assertThat(Jsoup.parse(noReason.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Enter why the proposed action is being set aside");

    HttpResponse<String> done =
        coordinator.submitForm(
            setAside, "#set-aside-proposal", Map.of("reason", "The RHI service already does it"));
    Document plan = page(done.headers().firstValue("Location").orElseThrow());
    assertThat(plan.select("#proposed")).isEmpty();
    assertThat(plan.select("#decided-list").text())
        .contains("Set aside", "The RHI service already does it", "Offer every interview");
    assertThat(actionCount()).isZero();
    assertThat(auditEvents()).contains("PROPOSED_ACTION_SET_ASIDE");
  }

  @Test
  void mergingAProposal_recordsWhichOpenActionCoversIt() {
    givenMeeting("Merge Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q11", "no", "", "Interviews for all");
    HttpResponse<String> agreed =
        coordinator.submitForm(proposalPath("Q10") + "/agree", "#agree-proposal", actionFields());
    assertThat(agreed.statusCode()).isEqualTo(302);
    String merge = proposalPath("Q11") + "/merge";

    Document form = page(merge);
    assertThat(form.select("#merge-proposal label").eachText())
        .containsExactly("Interviews within 72 hours");
    HttpResponse<String> none = coordinator.submitForm(merge, "#merge-proposal", Map.of());
    assertThat(Jsoup.parse(none.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Select the action that already covers this");

    String actionId = form.select("#merge-proposal input[name=actionId]").attr("value");
    jdbc.update(
        "UPDATE partnership_action SET status = 'CLOSED' WHERE id = ?", UUID.fromString(actionId));
    HttpResponse<String> closedMeanwhile =
        coordinator.submitForm(form, "#merge-proposal", Map.of("actionId", actionId));
    assertThat(closedMeanwhile.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(closedMeanwhile.body()).select(".govuk-error-summary a").eachText())
        .containsExactly(
            "That action has been closed since this page was shown. Select an open action that"
                + " covers this");
    jdbc.update(
        "UPDATE partnership_action SET status = 'NOT_STARTED' WHERE id = ?",
        UUID.fromString(actionId));
    HttpResponse<String> merged =
        coordinator.submitForm(merge, "#merge-proposal", Map.of("actionId", actionId));
    Document plan = page(merged.headers().firstValue("Location").orElseThrow());
    assertThat(plan.select(".govuk-notification-banner--success").text())
        .contains("Recorded as covered by: Interviews within 72 hours");
    assertThat(plan.select("#proposed")).isEmpty();
    assertThat(plan.select("#decided-list").text()).contains("Merged into an action");
    assertThat(actionCount()).isEqualTo(1);
  }

  @Test
  void aViewer_seesTheProposals_butCannotDecide() {
    givenMeeting("Viewer Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    Account viewerAccount = users.givenViewer(partnershipId, "Val Viewer");
    SiteVisitor viewer = users.signedIn(url(""), viewerAccount);

    Document plan = Jsoup.parse(viewer.get("/partnerships/" + partnershipId + "/actions").body());
    assertThat(plan.select("#proposed .app-proposal")).hasSize(1);
    assertThat(plan.select("#proposed a[href*=/agree]")).isEmpty();
    assertThat(viewer.get(proposalPath("Q10") + "/agree").statusCode()).isEqualTo(403);
  }

  @Test
  void anotherPartnership_cannotSeeOrDecideTheProposals() {
    givenMeeting("Private Partnership");
    BenchmarkMeetings.answer(coordinator, benchmark, "Q10", "no", "", "Offer every interview");
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Olly Outsider"));

    assertThat(outsider.get(proposalPath("Q10") + "/agree").statusCode()).isEqualTo(404);
    String token =
        Jsoup.parse(outsider.get("/partnerships/new").body()).select("input[name=_csrf]").val();
    assertThat(
            outsider
                .post(proposalPath("Q10") + "/set-aside", Map.of("_csrf", token, "reason", "x"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proposed_action_decision WHERE partnership_id = ?",
                Long.class,
                partnershipId))
        .isZero();
  }

  // ------------------------------------------------------------------------------------------

  private PartnershipContext coordinatorContext() {
    return access.require(
        partnershipId, (SignedInUser) userDetails.loadUserByUsername(coordinatorAccount.email()));
  }

  private static NewAction newAction() {
    return new NewAction(
        "T05",
        ActionSource.STAGE_ONE_QUESTION,
        "Q10",
        null,
        null,
        "Interviews within 72 hours",
        "Offer every interview within 72 hours",
        ActionOwner.PARTNERSHIP,
        null,
        "Lee Lead",
        LocalDate.now().plusMonths(3),
        "An audit of 20 returns");
  }

  @Test
  void manyProposals_showTheNewestFiveAboveThePlan_andTheProposedFilterListsThemAll() {
    givenMeeting("Many Proposals Partnership");
    List<String> questions = BenchmarkMeetings.QUESTIONS.subList(0, 7);
    for (String question : questions) {
      BenchmarkMeetings.answer(coordinator, benchmark, question, "no", "", "Act on " + question);
    }

    Document plan = plan("");
    assertThat(plan.select("#proposed-heading").text()).isEqualTo("7 proposed actions to decide");
    assertThat(plan.select("#proposed .app-proposal")).hasSize(5);
    assertThat(plan.select("#all-proposals a").text())
        .isEqualTo("See all 7 proposed actions to decide");
    assertThat(plan.select("#all-proposals a").attr("href"))
        .isEqualTo("/partnerships/" + partnershipId + "/actions?status=PROPOSED#proposed");

    Document all = plan("?status=PROPOSED");
    assertThat(all.select("#proposed .app-proposal")).hasSize(7);
    assertThat(all.select("#all-proposals")).isEmpty();
  }

  private void givenMeeting(String name) {
    coordinatorAccount = users.givenAccount("Cora " + name);
    coordinator = users.signedIn(url(""), coordinatorAccount);
    partnershipId = BenchmarkMeetings.givenPartnership(coordinator, name);
    benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(coordinator, benchmark, "Pat Police", "POLICE", "Inspector");
  }

  private void answerTheRestAndSubmit() {
    Map<String, String> answers = new HashMap<>();
    for (String question : BenchmarkMeetings.QUESTIONS) {
      if (!List.of("Q02", "Q10").contains(question)) {
        assertThat(
                BenchmarkMeetings.answer(coordinator, benchmark, question, "yes", "", null)
                    .statusCode())
            .isEqualTo(302);
      }
    }
    assertThat(BenchmarkMeetings.submit(coordinator, benchmark).statusCode()).isEqualTo(302);
  }

  private void reopenAndSubmit() {
    HttpResponse<String> reopened =
        coordinator.submitForm(benchmark + "/reopen", "#reopen-benchmark", Map.of());
    assertThat(reopened.statusCode()).isEqualTo(302);
    assertThat(BenchmarkMeetings.submit(coordinator, benchmark).statusCode()).isEqualTo(302);
  }

  private String proposalPath(String questionId) {
    return "/partnerships/"
        + partnershipId
        + "/actions/proposed/"
        + BenchmarkMeetings.benchmarkId(benchmark)
        + "/"
        + questionId;
  }

  private static Map<String, String> actionFields() {
    LocalDate due = LocalDate.now().plusMonths(3);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Interviews within 72 hours");
    fields.put("description", "Offer every interview within 72 hours");
    fields.put("owner", "PARTNERSHIP");
    fields.put("leadPerson", "Lee Lead");
    fields.put("dueDay", String.valueOf(due.getDayOfMonth()));
    fields.put("dueMonth", String.valueOf(due.getMonthValue()));
    fields.put("dueYear", String.valueOf(due.getYear()));
    fields.put("successMeasure", "An audit of 20 returns");
    return fields;
  }

  private long actionCount() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM partnership_action WHERE partnership_id = ?",
        Long.class,
        partnershipId);
  }

  private List<String> auditEvents() {
    return jdbc.queryForList(
        "SELECT action FROM audit_event WHERE partnership_id = ?", String.class, partnershipId);
  }

  private Document plan(String query) {
    return page("/partnerships/" + partnershipId + "/actions" + query);
  }

  private Document page(String path) {
    HttpResponse<String> response = coordinator.get(path);
    assertThat(response.statusCode()).as(() -> path + "\n" + response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
