package uk.missingchildren.response.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.RatingDraft;
import uk.missingchildren.response.review.RatingService;
import uk.missingchildren.response.review.ReviewRating;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.StartReview;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.Outbox;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The review summary and setting actions from it, over HTTP as a signed-in member would: the order
 * of priorities, the counts and the grid, the action form's rules, turning stage one's actions
 * arising into actions, and who may see and change what.
 */
class ReviewSummaryAndActionsIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";
  private static final String ARISING =
      "Commission an independent RHI service for children placed out of area.\nReport take-up to the board.";

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ReviewService reviews;
  @Autowired RatingService ratings;
  @Autowired ActionService actions;
  @Autowired ProposedActionsService proposals;
  @Autowired AuditEvents audit;
  @Autowired EmailMessages outbox;

  private SiteVisitor visitor;
  private PartnershipContext context;
  private UUID reviewId;
  private String reviewPath;

  @Test
  void summary_listsRequiredItemsNotMetFirst_thenByGapTimesImpact() {
    givenReview("Priorities Partnership");
    givenRatings();

    Document page = summary();

    assertThat(page.select("h1").text())
        .isEqualTo("Summary: " + reviews.view(context, reviewId).theme().title());
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Round 1");
    assertThat(page.select("#priorities > li").eachAttr("id"))
        .as(
            "required not met first (don't know counts), then gap x impact, fully met and not applicable left out")
        .containsExactly("T05-R04", "T05-R02", "T05-G01", "T05-G02", "T05-R03", "T05-A01");
    assertThat(page.select("#priorities .app-priority__score").eachText())
        .containsExactly("6", "2", "6", "4", "3", "1");
    assertThat(page.select("#T05-R02 .app-priority__tag").text()).isEqualTo("Required, not met");
    assertThat(page.select("#T05-G01 .app-priority__tag")).isEmpty();
    assertThat(page.select("#T05-G01 .app-priority__rating").text())
        .contains("Good practice", "How far it is met Not met", "Impact High", "Priority score 6");
    assertThat(page.select("#T05-R04 a.app-set-action").attr("href"))
        .isEqualTo(reviewPath + "/items/T05-R04/actions/new");
    assertThat(page.select("#required-not-met a").eachAttr("href"))
        .containsExactly(
            reviewPath + "/sections/required#T05-R02", reviewPath + "/sections/required#T05-R04");
    assertThat(page.select(".govuk-warning-text").text()).contains("2 required items are not met");
    int items = reviews.view(context, reviewId).items().size();
    assertThat(page.select("#progress").text()).isEqualTo("8 of " + items + " items rated");
    assertThat(page.select("#section-progress a").eachAttr("href"))
        .containsExactly(
            reviewPath + "/sections/required",
            reviewPath + "/sections/good-practice",
            reviewPath + "/sections/additional-resources");
    assertThat(page.select("#section-progress li").eachText())
        .containsExactly(
            "Required by guidance and national protocols – 4 of 6 rated",
            "Good practice – 3 of 6 rated",
            "Good practice that may need additional resources – 1 of 3 rated");
  }

  @Test
  void summary_countsEachSectionsRatings_andTheGridAndItsTableShowTheSameNumbers() {
    givenReview("Counts Partnership");
    givenRatings();

    Document page = summary();

    assertThat(page.select("#counts thead th").eachText())
        .containsExactly(
            "Section",
            "Fully met",
            "Partly met",
            "Not met",
            "Don't know",
            "Not applicable",
            "Not rated",
            "Total");
    assertThat(cells(page, "#counts tr[data-section=required]"))
        .containsExactly("1", "1", "1", "1", "0", "2", "6");
    assertThat(cells(page, "#counts tr[data-section=good_practice]"))
        .containsExactly("0", "0", "1", "1", "1", "3", "6");
    assertThat(cells(page, "#counts tr[data-section=additional_resources]"))
        .containsExactly("0", "1", "0", "0", "0", "2", "3");
    assertThat(cells(page, "#counts tr[data-section=all]"))
        .containsExactly("1", "2", "2", "2", "1", "7", "15");

    assertThat(page.select("#grid thead th").eachText())
        .containsExactly(
            "Impact",
            "Fully met (score 2)",
            "Partly met (score 1)",
            "Not met (score 0)",
            "Don't know (score 0)");
    assertThat(page.select("#grid tbody th").eachText())
        .containsExactly(
            "High impact (score 3)", "Medium impact (score 2)", "Low impact (score 1)");
    assertThat(cells(page, "#grid tr[data-impact=high]")).containsExactly("1", "1", "1", "1");
    assertThat(cells(page, "#grid tr[data-impact=medium]")).containsExactly("0", "0", "0", "1");
    assertThat(cells(page, "#grid tr[data-impact=low]")).containsExactly("0", "1", "1", "0");

    Element heatmap = page.selectFirst("#heatmap");
    assertThat(heatmap.attr("aria-hidden"))
        .as("screen readers read the table instead")
        .isEqualTo("true");
    Element highNotMet = heatmap.selectFirst("[data-impact=high][data-extent=not_met]");
    assertThat(highNotMet.text()).isEqualTo("Not met (score 0) 1 item Priority 6");
    assertThat(highNotMet.classNames()).contains("app-heatmap-shade-3");
    Element mediumFullyMet = heatmap.selectFirst("[data-impact=medium][data-extent=fully_met]");
    assertThat(mediumFullyMet.select(".app-heatmap__count, .app-heatmap__priority").eachText())
        .containsExactly("No items");
    assertThat(mediumFullyMet.classNames()).contains("app-heatmap-shade-0", "app-heatmap-empty");
    Element mediumNotMet = heatmap.selectFirst("[data-impact=medium][data-extent=not_met]");
    assertThat(mediumNotMet.text())
        .as("an empty square is no priority, however large the gap")
        .isEqualTo("Not met (score 0) No items");
    assertThat(mediumNotMet.classNames()).contains("app-heatmap-shade-0", "app-heatmap-empty");
    assertThat(
            heatmap
                .select(
                    "[data-impact=low][data-extent=partly_met] .app-heatmap__count, [data-impact=low][data-extent=partly_met] .app-heatmap__priority")
                .eachText())
        .containsExactly("1 item", "Priority 1");
  }

  @Test
  void anActionOwnedByAnAgency_showsTheAgency_andOneOwnedByThePartnership_saysSo() {
    givenReview("Owners Partnership");
    givenRatings();

    HttpResponse<String> agencyOwned =
        setAction("T05-G01", fields("Agree an RHI offer with the police", "AGENCY", "POLICE"));
    // Without JavaScript the agency select is sent whatever the owner; it is ignored for the
    // partnership.
    HttpResponse<String> partnershipOwned =
        setAction("T05-G01", fields("Report RHI take-up to the board", "PARTNERSHIP", "HEALTH"));

    assertThat(agencyOwned.statusCode()).isEqualTo(302);
    assertThat(agencyOwned.headers().firstValue("Location").orElseThrow())
        .endsWith(reviewPath + "/summary?actionSet=T05-G01#T05-G01");
    Document page = Jsoup.parse(visitor.get(reviewPath + "/summary?actionSet=T05-G01").body());
    assertThat(page.select(".govuk-notification-banner--success").text())
        .contains("The action has been set");
    assertThat(page.select("#T05-G01 .app-action__title").eachText())
        .containsExactly("Agree an RHI offer with the police", "Report RHI take-up to the board");
    assertThat(page.select("#T05-G01 .app-action__owner").eachText())
        .containsExactly("Police", "The partnership");
    assertThat(page.select("#T05-G01 .app-action").first().text())
        .contains("Lead person Rhi Lead", "Status Not started");
    assertThat(page.select("#T05-R04 .app-action")).isEmpty();
    List<Action> set = actions.setIn(context, reviewId);
    assertThat(set).extracting(Action::agency).containsExactly(Agency.POLICE, null);
    assertThat(set).extracting(Action::source).containsOnly(ActionSource.CHECKLIST_ITEM);
    assertThat(set).extracting(Action::themeId).containsOnly("T05");
    assertThat(set.get(0).description())
        .isEqualTo("Offer every child an interview within 72 hours,\nand record why not.");
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(context.partnershipId()))
        .filteredOn(e -> e.action().equals("ACTION_SET"))
        .extracting(AuditEvent::subject)
        .containsExactlyInAnyOrder(
            "Agree an RHI offer with the police", "Report RHI take-up to the board");
  }

  @Test
  void theActionPage_showsTheStandardAndItsCurrentRating() {
    givenReview("Standard Partnership");
    givenRatings();

    Document form = Jsoup.parse(visitor.get(reviewPath + "/items/T05-G02/actions/new").body());

    assertThat(form.select("h1").text()).isEqualTo("Set an action for this standard");
    assertThat(form.select("#standard").text()).isEqualTo(item("T05-G02").text());
    assertThat(form.select("#current-rating").text())
        .contains("How far it is met Don't know", "Impact Medium", "Priority score 4");
    assertThat(form.select("#conditional-agency").hasClass("govuk-radios__conditional--hidden"))
        .isTrue();
    assertThat(form.select("input[name=owner][value=AGENCY]").attr("data-aria-controls"))
        .isEqualTo("conditional-agency");
  }

  @Test
  void missingFields_areEachNamedInTheErrorSummary_andWhatWasTypedIsKept() {
    givenReview("Missing Partnership");
    Map<String, String> typed =
        new HashMap<>(
            Map.of(
                "title",
                "",
                "description",
                "Typed description\nover two lines",
                "leadPerson",
                " ",
                "dueDay",
                "",
                "dueMonth",
                "",
                "dueYear",
                "",
                "successMeasure",
                "Typed measure",
                "agency",
                ""));

    HttpResponse<String> response = setAction("T05-R01", typed);

    Document page = Jsoup.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter a title for the action",
            "Select who owns the action",
            "Enter the name of the lead person",
            "Enter the due date");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#title", "#owner", "#leadPerson", "#dueDate");
    assertThat(page.select("#owner-error").text()).isEqualTo("Error: Select who owns the action");
    assertThat(page.select("textarea#description").val())
        .isEqualTo("Typed description\nover two lines");
    assertThat(page.select("textarea#successMeasure").val()).isEqualTo("Typed measure");
    assertThat(actions.setIn(context, reviewId)).isEmpty();
  }

  @Test
  void anAgencyOwnerWithoutAnAgency_isAnError_andTheSelectStaysRevealed() {
    givenReview("Agency Partnership");
    Map<String, String> typed = fields("Train RHI workers", "AGENCY", "");

    Document page = Jsoup.parse(setAction("T05-R01", typed).body());

    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Select the agency that owns the action");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#agency");
    assertThat(page.select("#agency-error").text())
        .contains("Select the agency that owns the action");
    assertThat(page.select("#conditional-agency").hasClass("govuk-radios__conditional--hidden"))
        .isFalse();
    assertThat(page.select("input[name=owner][value=AGENCY]").hasAttr("checked")).isTrue();
    assertThat(page.select("#title").val()).isEqualTo("Train RHI workers");
    assertThat(page.select("#leadPerson").val()).isEqualTo("Rhi Lead");
    assertThat(actions.setIn(context, reviewId)).isEmpty();
  }

  @Test
  void aDueDateInThePast_orNotReal_orIncomplete_isAnError() {
    givenReview("Dates Partnership");
    LocalDate past = LocalDate.now().minusDays(2);

    assertThat(
            dueDateError(past.getDayOfMonth() + "", past.getMonthValue() + "", past.getYear() + ""))
        .isEqualTo("Due date must be today or in the future");
    assertThat(dueDateError("31", "2", String.valueOf(LocalDate.now().getYear() + 1)))
        .isEqualTo("Due date must be a real date");
    assertThat(dueDateError("1", "13", String.valueOf(LocalDate.now().getYear() + 1)))
        .isEqualTo("Due date must be a real date");
    assertThat(dueDateError("1", "3", "27")).isEqualTo("Due date must be a real date");
    assertThat(dueDateError("12", "", "2030")).isEqualTo("Due date must include a month");
    Document page = Jsoup.parse(setAction("T05-R01", withDueDate("31", "2", "2030")).body());
    assertThat(page.select("#dueDate").val())
        .as("the day box keeps what was typed")
        .isEqualTo("31");
    assertThat(page.select("#dueDate-month").val()).isEqualTo("2");
    assertThat(actions.setIn(context, reviewId)).isEmpty();
  }

  @Test
  void stageOneActionsArising_canBeTurnedIntoAnAction_thatShowsOnTheSummary() {
    givenReview("Stage One Partnership");
    String benchmark =
        BenchmarkMeetings.start(visitor, context.partnershipId(), LocalDate.of(2026, 10, 5));
    BenchmarkMeetings.answerAll(visitor, benchmark, Map.of());
    assertThat(
            BenchmarkMeetings.answer(
                    visitor, benchmark, "Q11", "partly", "Out of area gaps", ARISING)
                .statusCode())
        .isEqualTo(302);
    assertThat(
            BenchmarkMeetings.answer(
                    visitor, benchmark, "Q01", "partly", "Other area", "Not for this area")
                .statusCode())
        .isEqualTo(302);
    assertThat(BenchmarkMeetings.submit(visitor, benchmark).statusCode()).isEqualTo(302);

    Document page = summary();
    assertThat(page.select("#stage-one-arising > li").eachAttr("id"))
        .as("only this area's questions with actions arising")
        .containsExactly("stage-one-Q11");
    assertThat(page.select("#stage-one-Q11 .app-arising__text").text())
        .isEqualTo(ARISING.replace("\n", " "));
    assertThat(page.select("#stage-one-Q11 a.app-turn-into-action").attr("href"))
        .isEqualTo(reviewPath + "/questions/Q11/actions/new");
    Document form = Jsoup.parse(visitor.get(reviewPath + "/questions/Q11/actions/new").body());
    assertThat(form.select("textarea#description").val()).isEqualTo(ARISING);
    assertThat(form.select("#actions-arising").text()).isEqualTo(ARISING.replace("\n", " "));

    Map<String, String> fields = fields("Commission out of area RHIs", "PARTNERSHIP", "");
    fields.put("description", form.select("textarea#description").val());
    HttpResponse<String> set = visitor.submitForm(form, "#set-action", fields);

    assertThat(set.headers().firstValue("Location").orElseThrow())
        .endsWith(reviewPath + "/summary?actionSet=Q11#stage-one-Q11");
    Document after = summary();
    assertThat(after.select("#stage-one-Q11 .app-action__title").text())
        .isEqualTo("Commission out of area RHIs");
    assertThat(after.select("#stage-one-Q11 .app-action__owner").text())
        .isEqualTo("The partnership");
    Action action = actions.register(context).get(0);
    assertThat(action.source()).isEqualTo(ActionSource.STAGE_ONE_QUESTION);
    assertThat(action.sourceId()).isEqualTo("Q11");
    assertThat(action.benchmarkId()).isEqualTo(BenchmarkMeetings.benchmarkId(benchmark));
    assertThat(action.reviewId()).isEqualTo(reviewId);
    assertThat(action.themeId()).isEqualTo("T05");
    assertThat(action.description()).isEqualTo(ARISING);
    assertThat(visitor.get(reviewPath + "/questions/Q10/actions/new").statusCode())
        .as("no actions arising")
        .isEqualTo(404);
    assertThat(visitor.get(reviewPath + "/questions/Q01/actions/new").statusCode())
        .as("another area's question")
        .isEqualTo(404);
  }

  @Test
  void actionsArisingSetAsideOrMergedInThePlan_sayWhat_andAreNotOfferedAsAnActionAgain() {
    givenReview("Decided Partnership");
    String benchmark =
        BenchmarkMeetings.start(visitor, context.partnershipId(), LocalDate.of(2026, 10, 5));
    BenchmarkMeetings.answerAll(visitor, benchmark, Map.of());
    BenchmarkMeetings.answer(visitor, benchmark, "Q10", "partly", null, "Ask the RHI service");
    BenchmarkMeetings.answer(visitor, benchmark, "Q11", "partly", null, ARISING);
    BenchmarkMeetings.answer(visitor, benchmark, "Q12", "no", null, "Share what children say");
    assertThat(BenchmarkMeetings.submit(visitor, benchmark).statusCode()).isEqualTo(302);
    UUID benchmarkId = BenchmarkMeetings.benchmarkId(benchmark);
    Action existing = actions.create(context, stageOneAction("Q12", benchmarkId));
    proposals.setAside(
        context, proposals.pending(context, benchmarkId, "Q10"), "The RHI service already does it");
    proposals.merge(context, proposals.pending(context, benchmarkId, "Q11"), existing.id());

    Document page = summary();

    assertThat(page.select("#stage-one-Q10 .app-arising__decided").text())
        .startsWith("Set aside in the action plan on ")
        .endsWith("Reason: The RHI service already does it");
    assertThat(page.select("#stage-one-Q11 .app-arising__decided").text())
        .endsWith("into the action: " + existing.title());
    assertThat(page.select("#stage-one-Q10 a.app-turn-into-action, #stage-one-Q11 a"))
        .as("nothing to turn into an action")
        .isEmpty();
    assertThat(page.select("#stage-one-Q12 .app-arising__decided")).isEmpty();
    assertThat(page.select("#stage-one-Q12 a.app-turn-into-action")).hasSize(1);
    HttpResponse<String> stale = visitor.get(reviewPath + "/questions/Q10/actions/new");
    assertThat(stale.statusCode()).isEqualTo(302);
    assertThat(stale.headers().firstValue("Location").orElseThrow())
        .endsWith(reviewPath + "/summary#stage-one-Q10");
    // A form shown before the decision, sent after it.
    Document shownBefore =
        Jsoup.parse(visitor.get(reviewPath + "/questions/Q12/actions/new").body());
    shownBefore.select("#set-action").attr("action", reviewPath + "/questions/Q10/actions/new");
    HttpResponse<String> posted =
        visitor.submitForm(shownBefore, "#set-action", fields("Ask anyway", "PARTNERSHIP", ""));
    assertThat(posted.headers().firstValue("Location").orElseThrow())
        .endsWith(reviewPath + "/summary#stage-one-Q10");
    assertThat(actions.register(context)).as("only the action merged into").hasSize(1);
  }

  private NewAction stageOneAction(String questionId, UUID benchmarkId) {
    return new NewAction(
        "T05",
        ActionSource.STAGE_ONE_QUESTION,
        questionId,
        null,
        benchmarkId,
        "Share what children say with the police",
        "Monthly summaries",
        ActionOwner.PARTNERSHIP,
        null,
        "Rhi Lead",
        null,
        LocalDate.now().plusMonths(3),
        "Police briefings quote them");
  }

  @Test
  void withoutASubmittedBenchmark_theSummarySaysSo_andThereIsNothingToTurnIntoAnAction() {
    givenReview("No Benchmark Partnership");
    String benchmark =
        BenchmarkMeetings.start(visitor, context.partnershipId(), LocalDate.of(2026, 10, 5));
    BenchmarkMeetings.answer(visitor, benchmark, "Q11", "partly", null, ARISING);

    Document page = summary();

    assertThat(page.select("#stage-one ~ p").first().text())
        .contains("has not submitted a stage one benchmark");
    assertThat(page.select("#stage-one-arising")).isEmpty();
    assertThat(visitor.get(reviewPath + "/questions/Q11/actions/new").statusCode()).isEqualTo(404);
  }

  @Test
  void actionsCanBeSetOnACompletedReview() {
    givenReview("Completed Partnership");
    for (ChecklistItem item : reviews.view(context, reviewId).items()) {
      rate(item.id(), "partly_met", "medium");
    }
    reviews.complete(context, reviewId);

    HttpResponse<String> set =
        setAction(
            "T05-A03", fields("Make the case for funding", "AGENCY", "CHILDRENS_SOCIAL_CARE"));

    assertThat(set.statusCode()).isEqualTo(302);
    Document page = summary();
    assertThat(page.select(".govuk-tag").text()).contains("Completed");
    assertThat(page.select("#T05-A03 .app-action__owner").text())
        .isEqualTo("Children's social care");
  }

  @Test
  void anItemNotInTheReviewsChecklist_isNotFound() {
    givenReview("Items Partnership");

    assertThat(visitor.get(reviewPath + "/items/T01-R01/actions/new").statusCode()).isEqualTo(404);
    assertThat(visitor.get(reviewPath + "/items/T05-R99/actions/new").statusCode()).isEqualTo(404);
    assertThat(
            setAction(
                    reviewPath + "/items/T01-R01/actions/new",
                    "T05-R01",
                    fields("Title", "PARTNERSHIP", ""))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMemberOfAnotherPartnership_getsNotFoundOnEveryRoute() {
    givenReview("Owner Partnership");
    givenRatings();
    String ownPath = reviewPath;
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Otto Outsider"));
    UUID outsiderPartnership = BenchmarkMeetings.givenPartnership(outsider, "Outsider Partnership");
    String token =
        Jsoup.parse(outsider.get("/partnerships/" + outsiderPartnership).body())
            .selectFirst("input[name=_csrf]")
            .val();
    String theirPartnershipOurReview =
        "/partnerships/" + outsiderPartnership + "/reviews/" + reviewId;

    for (String base : List.of(ownPath, theirPartnershipOurReview)) {
      for (String path :
          List.of("/summary", "/items/T05-G01/actions/new", "/questions/Q11/actions/new")) {
        assertThat(outsider.get(base + path).statusCode()).as("GET " + base + path).isEqualTo(404);
      }
      for (String path : List.of("/items/T05-G01/actions/new", "/questions/Q11/actions/new")) {
        Map<String, String> fields = fields("Sneaky action", "PARTNERSHIP", "");
        fields.put("_csrf", token);
        assertThat(outsider.post(base + path, fields).statusCode())
            .as("POST " + base + path)
            .isEqualTo(404);
      }
    }
    assertThat(actions.register(context)).isEmpty();
  }

  @Test
  void aViewer_canReadTheSummary_butCannotSetActions() {
    givenReview("Viewer Partnership");
    givenRatings();
    Account viewerAccount = users.givenAccount("Vic Viewer");
    String partnership = "/partnerships/" + context.partnershipId();
    visitor.submitForm(
        partnership + "/members/invite",
        "main form",
        Map.of("email", viewerAccount.email(), "role", "VIEWER"));
    SiteVisitor viewer = users.signedIn(url(""), viewerAccount);
    viewer.submitForm(
        Outbox.newestLink(outbox, viewerAccount.email(), "/invitations/"), "main form", Map.of());

    HttpResponse<String> read = viewer.get(reviewPath + "/summary");
    assertThat(read.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(read.body());
    assertThat(page.select("#priorities > li")).hasSize(6);
    assertThat(page.select("a.app-set-action, a.app-turn-into-action"))
        .as("no links to what they cannot do")
        .isEmpty();
    assertThat(viewer.get(reviewPath + "/items/T05-G01/actions/new").statusCode()).isEqualTo(403);
    Map<String, String> fields = fields("Viewer action", "PARTNERSHIP", "");
    fields.put("_csrf", page.selectFirst("input[name=_csrf]").val());
    assertThat(viewer.post(reviewPath + "/items/T05-G01/actions/new", fields).statusCode())
        .isEqualTo(403);
    assertThat(viewer.post(reviewPath + "/questions/Q11/actions/new", fields).statusCode())
        .isEqualTo(403);
    assertThat(actions.setIn(context, reviewId)).isEmpty();
  }

  // ------------------------------------------------------------------------------------------

  /**
   * Required: R01 fully met (high), R02 not met (low), R03 partly met (high), R04 don't know
   * (high); good practice: G01 not met (high), G02 don't know (medium), G03 not applicable;
   * additional resources: A01 partly met (low). Seven items are left unrated.
   */
  private void givenRatings() {
    rate("T05-R01", "fully_met", "high");
    rate("T05-R02", "not_met", "low");
    rate("T05-R03", "partly_met", "high");
    rate("T05-R04", "dont_know", "high");
    rate("T05-G01", "not_met", "high");
    rate("T05-G02", "dont_know", "medium");
    assertThat(
            ratings
                .save(
                    context,
                    reviewId,
                    "T05-G03",
                    new RatingDraft("not_applicable", null, "No such service here", null),
                    null)
                .conflict())
        .isFalse();
    rate("T05-A01", "partly_met", "low");
  }

  private void rate(String itemId, String extent, String impact) {
    Integer revision =
        reviews.view(context, reviewId).rating(itemId).map(ReviewRating::revision).orElse(null);
    assertThat(
            ratings
                .save(
                    context,
                    reviewId,
                    itemId,
                    new RatingDraft(extent, impact, null, "Evidence"),
                    revision)
                .conflict())
        .isFalse();
  }

  private void givenReview(String partnershipName) {
    Account account = users.givenAccount("Casey " + partnershipName);
    visitor = users.signedIn(url(""), account);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, partnershipName);
    context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));
    reviewId =
        reviews.start(
            context,
            new StartReview(
                AREA, LocalDate.of(2026, 11, 9), "Fran Facilitator", "Nat Notes", false));
    reviewPath = "/partnerships/" + partnershipId + "/reviews/" + reviewId;
  }

  private ChecklistItem item(String itemId) {
    return reviews.view(context, reviewId).items().stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow();
  }

  private Document summary() {
    HttpResponse<String> response = visitor.get(reviewPath + "/summary");
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static List<String> cells(Document page, String rowSelector) {
    return page.select(rowSelector + " td").eachText();
  }

  private HttpResponse<String> setAction(String itemId, Map<String, String> fields) {
    return visitor.submitForm(
        reviewPath + "/items/" + itemId + "/actions/new", "#set-action", fields);
  }

  /** Posts to {@code path} with the hidden fields of the form for {@code formItemId}. */
  private HttpResponse<String> setAction(
      String path, String formItemId, Map<String, String> fields) {
    Document form =
        Jsoup.parse(visitor.get(reviewPath + "/items/" + formItemId + "/actions/new").body());
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", form.selectFirst("input[name=_csrf]").val());
    return visitor.post(path, all);
  }

  private String dueDateError(String day, String month, String year) {
    Document page = Jsoup.parse(setAction("T05-R01", withDueDate(day, month, year)).body());
    assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#dueDate");
    assertThat(page.select("#dueDate-error").text())
        .isEqualTo("Error: " + page.select(".govuk-error-summary a").text());
    return page.select(".govuk-error-summary a").text();
  }

  private static Map<String, String> withDueDate(String day, String month, String year) {
    Map<String, String> fields = fields("Dated action", "PARTNERSHIP", "");
    fields.put("dueDay", day);
    fields.put("dueMonth", month);
    fields.put("dueYear", year);
    return fields;
  }

  /** A complete form, due in six months. */
  private static Map<String, String> fields(String title, String owner, String agency) {
    LocalDate due = LocalDate.now().plusMonths(6);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put(
        "description", "Offer every child an interview within 72 hours,\r\nand record why not.");
    fields.put("owner", owner);
    fields.put("agency", agency);
    fields.put("leadPerson", "Rhi Lead");
    fields.put("dueDay", String.valueOf(due.getDayOfMonth()));
    fields.put("dueMonth", String.valueOf(due.getMonthValue()));
    fields.put("dueYear", String.valueOf(due.getYear()));
    fields.put("successMeasure", "Monthly data shows 90% offered within 72 hours");
    return fields;
  }
}
