package uk.missingchildren.response.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionChange;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ActionUpdateRejectedException;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.export.PdfUaValidation;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A follow-up meeting over HTTP, as a facilitator would run it: its scope, stepping through the
 * actions, progress, amendments with their reasons, closing only with an impact statement, clashes
 * between two people, and the minutes as a page, a PDF and a Word document.
 */
class FollowUpMeetingIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ActionService actions;
  @Autowired JdbcTemplate jdbc;

  private SiteVisitor visitor;
  private PartnershipContext context;
  private String partnership;

  @Test
  void aMeetingStepsThroughItsScope_recordsEachDecision_andTheMinutesSayWhatWasDecided() {
    givenPartnership("Minutes Partnership");
    Action rhi =
        given("Offer every child a return interview", "T05", ActionOwner.PARTNERSHIP, null, 20);
    Action police =
        given(
            "Brief response officers on push factors",
            "T03",
            ActionOwner.AGENCY,
            Agency.POLICE,
            10);
    Action later = given("Refresh the missing protocol", "T01", ActionOwner.PARTNERSHIP, null, 200);

    String meeting = startMeeting("DUE_OR_OVERDUE", Map.of());
    visitor.submitForm(
        meeting + "/attendees",
        "#add-attendee",
        Map.of("name", "Priya Police", "agency", "POLICE", "role", "Inspector"));
    Document overview = page(meeting);
    assertThat(overview.select("#agenda-items .govuk-task-list__link").eachText())
        .as("due within 30 days of the meeting, by area; the action due in 200 days is left out")
        .containsExactly(
            "Brief response officers on push factors", "Offer every child a return interview")
        .doesNotContain(later.title());
    assertThat(overview.select("#progress").text()).isEqualTo("0 of 2 actions reviewed");

    HttpResponse<String> first =
        decide(
            meeting,
            police,
            Map.of(
                "progress",
                "Briefing written; two of five teams briefed.",
                "status",
                "IN_PROGRESS"));
    assertThat(first.headers().firstValue("Location").map(this::local))
        .as("on to the next action")
        .hasValue(meeting + "/actions/" + rhi.id());

    Map<String, String> amend =
        Map.of(
            "leadPerson",
            "Sam Senior",
            "dueDay",
            "31",
            "dueMonth",
            "3",
            "dueYear",
            "2027",
            "amendReason",
            "The commissioning round moved to March.");
    HttpResponse<String> second = decide(meeting, rhi, amend);
    assertThat(second.headers().firstValue("Location").map(this::local))
        .as("nothing left to review")
        .hasValue(meeting + "#agenda");
    assertThat(page(meeting).select("#progress").text()).isEqualTo("2 of 2 actions reviewed");

    HttpResponse<String> closing =
        decide(
            meeting,
            police,
            Map.of(
                "status",
                "CLOSED",
                "impactStatement",
                "Every team briefed; repeat episodes from the two homes fell from 9 to 4.",
                "impactRating",
                "SOME"));
    assertThat(closing.statusCode()).isEqualTo(302);
    visitor.submitForm(
        meeting + "/finish",
        "#finish-follow-up",
        Map.of("nextDay", "15", "nextMonth", "3", "nextYear", "2027"));

    Document minutes = page(meeting + "/minutes");
    assertThat(minutes.select("#minutes-status").text())
        .isEqualTo("Final: the meeting has finished");
    assertThat(minutes.select("#next-meeting").text()).isEqualTo("15 March 2027");
    assertThat(minutes.select("#attendees tbody td").eachText())
        .containsExactly("Priya Police", "Police", "Inspector");
    assertThat(minutes.select("#reviewed h3").eachText())
        .containsExactly(
            "Brief response officers on push factors", "Offer every child a return interview");
    String policeMinutes = minutes.select("#action-" + police.id()).text();
    assertThat(policeMinutes)
        .contains(
            "Progress Briefing written; two of five teams briefed.",
            "Status Not started to In progress",
            "Status In progress to Closed",
            "Impact so far Some difference for children. Every team briefed; repeat episodes from the two homes fell from 9 to 4.",
            "Status after the meeting Closed");
    assertThat(minutes.select("#action-" + rhi.id()).text())
        .contains(
            "Lead person Lee Lead to Sam Senior",
            "Due " + day(rhi.dueDate()) + " to 31 March 2027",
            "Reason for the change The commissioning round moved to March.");
    assertThat(minutes.select("#not-reached").text())
        .contains("The meeting reached every action in its scope.");

    HttpResponse<byte[]> pdf = visitor.getBytes(meeting + "/minutes.pdf");
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(PdfUaValidation.failedRules(pdf.body(), PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(DocumentText.ofPdf(pdf.body()))
        .contains(
            "Minutes of the follow-up meeting, " + day(meetingDate()),
            "Brief response officers on push factors",
            "The commissioning round moved to March.",
            "Priya Police");
    HttpResponse<byte[]> word = visitor.getBytes(meeting + "/minutes.docx");
    assertThat(DocumentText.ofWord(word.body()))
        .contains(
            "Offer every child a return interview",
            "Sam Senior",
            "Every team briefed; repeat episodes from the two homes fell from 9 to 4.",
            "Actions not reached (0)");

    assertThat(
            visitor
                .get(meeting + "/actions/" + rhi.id())
                .headers()
                .firstValue("Location")
                .map(this::local))
        .as("a finished meeting's pages lead to its minutes")
        .hasValue(meeting + "/minutes?finished");
    assertThat(page(partnership + "/follow-ups").select("#next-meeting").text())
        .isEqualTo("The last meeting set the next one for 15 March 2027.");
  }

  @Test
  void closingWithoutAnImpactStatement_isRejected_andWhatWasTypedIsKept() {
    givenPartnership("Closing Partnership");
    Action action =
        given("Share missing episode data monthly", "T02", ActionOwner.PARTNERSHIP, null, 5);
    String meeting = startMeeting("ALL_OPEN", Map.of());

    Document page =
        Jsoup.parse(
            decide(meeting, action, Map.of("status", "CLOSED", "progress", "Data now shared."))
                .body());

    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter the difference the action has made for children before closing it");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#impactStatement");
    assertThat(page.select(".govuk-notification-banner")).as("nothing was recorded").isEmpty();
    assertThat(page.selectFirst("#progress").val()).isEqualTo("Data now shared.");
    assertThat(page.selectFirst("input[name=status][value=CLOSED]").hasAttr("checked")).isTrue();
    assertThat(actions.action(context, action.id()).status()).isEqualTo(ActionStatus.NOT_STARTED);

    Action current = actions.action(context, action.id());
    ActionChange close =
        new ActionChange(
            null,
            ActionStatus.CLOSED,
            null,
            null,
            current.owner(),
            current.agency(),
            current.leadPerson(),
            null,
            current.dueDate(),
            null);
    assertThatThrownBy(() -> actions.update(context, action.id(), close, current.version(), null))
        .as("the service enforces it too")
        .isInstanceOf(ActionUpdateRejectedException.class)
        .extracting("messageKey")
        .isEqualTo("update.error.closeWithoutImpact");
    assertThat(actions.history(context, action.id())).isEmpty();
  }

  @Test
  void amendingTheOwnerLeadOrDueDate_needsAReason_andAnUpdateMustRecordSomething() {
    givenPartnership("Amend Partnership");
    Action action =
        given("Agree a joint return interview template", "T05", ActionOwner.PARTNERSHIP, null, 40);
    String path = partnership + "/actions/" + action.id() + "/update";

    Document page =
        Jsoup.parse(submitUpdate(path, Map.of("owner", "AGENCY", "agency", "HEALTH")).body());
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter why the owner, lead person or due date is being changed");
    assertThat(page.selectFirst("#agency option[selected]").val()).isEqualTo("HEALTH");

    page = Jsoup.parse(submitUpdate(path, Map.of()).body());
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter a progress update, or change the status, impact, owner, lead person or due date");

    page =
        Jsoup.parse(submitUpdate(path, Map.of("impactStatement", "Fewer repeat episodes")).body());
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Select how much difference the action has made");

    HttpResponse<String> saved =
        submitUpdate(
            path,
            Map.of(
                "owner",
                "AGENCY",
                "agency",
                "HEALTH",
                "amendReason",
                "Health commissions the service."));
    assertThat(saved.headers().firstValue("Location").map(this::local))
        .hasValue(partnership + "/actions/" + action.id() + "#history");
    Document actionPage = page(partnership + "/actions/" + action.id());
    assertThat(actionPage.select("#details").text()).contains("Owner Health");
    assertThat(actionPage.select(".app-history__entry").first().text())
        .contains(
            "Owner The partnership to Health",
            "Reason for the change Health commissions the service.");
  }

  @Test
  void twoPeopleUpdatingTheSameAction_theSecondSeesTheFirstsUpdate_andKeepsWhatTheyTyped() {
    givenPartnership("Clash Partnership");
    Action action =
        given("Map safe places in the town centre", "T08", ActionOwner.PARTNERSHIP, null, 30);
    String path = partnership + "/actions/" + action.id() + "/update";
    Document first = page(path);
    Document second = page(path);

    assertThat(
            visitor
                .post(path, fill(first, Map.of("progress", "Walked the route with youth workers.")))
                .statusCode())
        .isEqualTo(302);
    Document clash =
        Jsoup.parse(
            visitor
                .post(path, fill(second, Map.of("progress", "Asked the BID for shop contacts.")))
                .body());

    assertThat(clash.select("#clash").text()).contains("Someone else updated this action");
    assertThat(clash.text()).contains("Walked the route with youth workers.");
    assertThat(clash.selectFirst("#progress").val()).isEqualTo("Asked the BID for shop contacts.");
    assertThat(actions.history(context, action.id())).hasSize(1);

    assertThat(visitor.post(path, fill(clash, Map.of())).statusCode())
        .as("sent again, now up to date")
        .isEqualTo(302);
    assertThat(actions.history(context, action.id()))
        .extracting("progress")
        .containsExactly(
            "Walked the route with youth workers.", "Asked the BID for shop contacts.");
  }

  @Test
  void anActionAtTheMeeting_canBeShownInThePresenterView_andLeftWithOneButton() {
    givenPartnership("Presenting Partnership");
    Action action =
        given("Publish the runaway helpline number", "T10", ActionOwner.PARTNERSHIP, null, 10);
    String meeting = startMeeting("DUE_OR_OVERDUE", Map.of());
    String actionPage = meeting + "/actions/" + action.id();
    Document before = page(actionPage);

    HttpResponse<String> entered = visitor.submitForm(before, ".app-presenter-enter", Map.of());
    assertThat(entered.headers().firstValue("Location").orElseThrow()).endsWith(actionPage);

    Document presenting = page(actionPage);
    assertThat(presenting.select("html").hasClass("app-presenter")).isTrue();
    assertThat(presenting.select(".govuk-header")).isEmpty();
    assertThat(presenting.select(".app-presenter-bar").text())
        .contains(
            "Presenting Partnership",
            "Follow-up meeting, "
                + meetingDate()
                    .format(
                        java.time.format.DateTimeFormatter.ofPattern(
                            "d MMMM yyyy", java.util.Locale.UK)),
            "Action 1 of 1: ",
            "All actions",
            "Leave presenter view");
    assertThat(presenting.select("#review-action")).hasSize(1);
    HttpResponse<String> left =
        visitor.submitForm(presenting, ".app-presenter-bar form.app-inline-form", Map.of());
    assertThat(left.headers().firstValue("Location").orElseThrow()).endsWith(actionPage);
    assertThat(page(actionPage).select(".govuk-header")).hasSize(1);
  }

  @Test
  void theSameUpdateSentTwice_isRecordedOnce() {
    givenPartnership("Twice Partnership");
    Action action =
        given("Publish the runaway helpline number", "T10", ActionOwner.PARTNERSHIP, null, 30);
    String path = partnership + "/actions/" + action.id() + "/update";
    Map<String, String> fields =
        fill(page(path), Map.of("progress", "Posters printed.", "status", "IN_PROGRESS"));

    assertThat(visitor.post(path, fields).statusCode()).isEqualTo(302);
    assertThat(visitor.post(path, fields).statusCode()).isEqualTo(302);

    assertThat(actions.history(context, action.id())).hasSize(1);
  }

  @Test
  void aMeetingForOneAgency_reviewsOnlyThatAgencysOpenActions() {
    givenPartnership("Agency Scope Partnership");
    given("Police action", "T03", ActionOwner.AGENCY, Agency.POLICE, 10);
    given("Health action", "T03", ActionOwner.AGENCY, Agency.HEALTH, 10);
    given("Partnership action", "T03", ActionOwner.PARTNERSHIP, null, 10);

    Document missing =
        Jsoup.parse(
            visitor
                .submitForm(
                    partnership + "/follow-ups/new",
                    "#start-follow-up",
                    Map.of(
                        "meetingDay",
                        "1",
                        "meetingMonth",
                        "12",
                        "meetingYear",
                        "2026",
                        "facilitator",
                        "Fay",
                        "noteTaker",
                        "Ned",
                        "scope",
                        "AGENCY"))
                .body());
    assertThat(missing.select(".govuk-error-summary a").eachText())
        .containsExactly("Select the agency whose actions the meeting will review");
    assertThat(missing.selectFirst("#facilitator").val()).isEqualTo("Fay");

    String meeting = startMeeting("AGENCY", Map.of("agency", "HEALTH"));
    assertThat(page(meeting).select("#agenda-items .govuk-task-list__link").eachText())
        .containsExactly("Health action");
    assertThat(page(meeting).select("#meeting").text())
        .contains("Open actions owned by one agency: Health");
  }

  // ------------------------------------------------------------------------------------------

  private void givenPartnership(String name) {
    Account account = users.givenAccount("Felix " + name);
    visitor = users.signedIn(url(""), account);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, name);
    context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));
    partnership = "/partnerships/" + partnershipId;
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

  private LocalDate meetingDate() {
    return actions.today();
  }

  private String startMeeting(String scope, Map<String, String> extra) {
    LocalDate date = meetingDate();
    Map<String, String> fields =
        new java.util.HashMap<>(
            Map.of(
                "meetingDay",
                String.valueOf(date.getDayOfMonth()),
                "meetingMonth",
                String.valueOf(date.getMonthValue()),
                "meetingYear",
                String.valueOf(date.getYear()),
                "facilitator",
                "Fay Facilitator",
                "noteTaker",
                "Ned Notes",
                "scope",
                scope));
    fields.putAll(extra);
    HttpResponse<String> started =
        visitor.submitForm(partnership + "/follow-ups/new", "#start-follow-up", fields);
    String location =
        started
            .headers()
            .firstValue("Location")
            .map(this::local)
            .orElseThrow(() -> new AssertionError(started.body()));
    assertThat(location).endsWith("/attendees");
    return location.substring(0, location.length() - "/attendees".length());
  }

  private HttpResponse<String> decide(String meeting, Action action, Map<String, String> changes) {
    String path = meeting + "/actions/" + action.id();
    return visitor.post(path, fill(page(path), changes));
  }

  private HttpResponse<String> submitUpdate(String path, Map<String, String> changes) {
    return visitor.post(path, fill(page(path), changes));
  }

  private static Map<String, String> fill(Document page, Map<String, String> changes) {
    String form = page.selectFirst("#review-action") != null ? "#review-action" : "#update-action";
    Map<String, String> fields = FormFields.of(page, form);
    fields.putAll(changes);
    return fields;
  }

  private Document page(String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private String local(String location) {
    return location.startsWith(url("")) ? location.substring(url("").length()) : location;
  }

  private static String day(LocalDate date) {
    return date.format(
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
  }
}
