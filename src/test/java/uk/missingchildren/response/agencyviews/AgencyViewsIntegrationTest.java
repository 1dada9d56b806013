package uk.missingchildren.response.agencyviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.notification.EmailMessage;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.Outbox;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class AgencyViewsIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmailMessages outbox;

  private final Map<SiteVisitor, String> visitorPaths = new java.util.IdentityHashMap<>();

  @Test
  void threeAgenciesGiveViewsByLink_theFacilitatorSeesThemRanked_andTheReportShowsTheDifferences() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Views Partnership");
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    assertThat(Jsoup.parse(coordinator.get(benchmark).body()).select("#ask-for-views").attr("href"))
        .isEqualTo(benchmark + "/views");

    askForViews(coordinator, benchmark, "agencies");
    SiteVisitor police = giver(coordinator, benchmark, "Pat Police", "POLICE");
    SiteVisitor socialCare = giver(coordinator, benchmark, "Sam Social", "CHILDRENS_SOCIAL_CARE");
    SiteVisitor interviews =
        giver(coordinator, benchmark, "Ria Return", "RETURN_HOME_INTERVIEW_SERVICE");
    give(police, "Q01", "yes", "We have a named officer");
    give(socialCare, "Q01", "partly", null);
    give(interviews, "Q01", "no", "Nobody could tell us who it is");
    give(police, "Q02", "partly", null);
    give(socialCare, "Q02", "partly", null);
    give(police, "Q03", "yes", null);
    give(interviews, "Q03", "dont_know", null);

    Document policeStart = Jsoup.parse(police.get(giverPath(police)).body());
    assertThat(policeStart.select("#views-progress").text())
        .isEqualTo("You have answered 3 of 26 questions");
    assertThat(policeStart.text()).doesNotContain("Nobody could tell us");
    assertThat(police.get(giverPath(socialCare)).statusCode())
        .as("one person's pass opens only their own views")
        .isEqualTo(403);

    Document spread = Jsoup.parse(coordinator.get(benchmark + "/views/spread").body());
    assertThat(spread.select("#spread-summary").text())
        .isEqualTo(
            "3 of the 3 people asked have given views. The agencies are far apart on 1 question"
                + " and differ somewhat on none.");
    assertThat(spread.select("#spread-table tbody tr").first().id()).isEqualTo("spread-Q01");
    assertThat(spread.select("#spread-Q01").text())
        .contains(
            "Far apart",
            "Police: Yes, consistently",
            "Because: We have a named officer",
            "Children's social care: Partly",
            "Return home interview service: No");
    assertThat(spread.select("#spread-Q03").text())
        .as("Don't know never widens the range")
        .contains("Too few views to compare");
    assertThat(spread.select("#spread-Q01").text()).doesNotContain("Pat Police");
    Document question = Jsoup.parse(coordinator.get(benchmark + "/questions/Q01").body());
    assertThat(question.select("#agency-views").text())
        .contains(
            "Agencies' views before the meeting (3)", "Far apart", "Police: Yes, consistently");

    HttpResponse<String> toRecord =
        coordinator.submitForm(
            benchmark + "/questions/Q01",
            "#answer-form",
            Map.of(
                "answer", "partly", "notes", "Agreed after discussion", "then", "different-view"));
    assertThat(toRecord.headers().firstValue("Location").orElseThrow())
        .endsWith(benchmark + "/different-views/Q01");
    HttpResponse<String> missing =
        coordinator.submitForm(
            benchmark + "/different-views/Q01",
            "main form",
            Map.of("differentAgency", "", "differentView", "Typed before the mistake"));
    Document refused = Jsoup.parse(missing.body());
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("Select the agency whose view this is");
    assertThat(refused.select("textarea[name=differentView]").text())
        .isEqualTo("Typed before the mistake");
    coordinator.submitForm(
        benchmark + "/different-views/Q01",
        "main form",
        Map.of(
            "differentAgency",
            "RETURN_HOME_INTERVIEW_SERVICE",
            "differentView",
            "Children tell interviewers nobody is in charge"));
    assertThat(
            Jsoup.parse(coordinator.get(benchmark + "/questions/Q01").body())
                .select("#different-views")
                .text())
        .contains("Return home interview service: Children tell interviewers nobody is in charge");

    BenchmarkMeetings.answerAll(coordinator, benchmark, Map.of("Q01", "partly"));
    assertThat(BenchmarkMeetings.submit(coordinator, benchmark).statusCode()).isEqualTo(302);

    Document report = Jsoup.parse(coordinator.get(benchmark + "/report").body());
    String section = report.select("#agency-views").text();
    assertThat(section)
        .contains(
            "Where agencies' views differed",
            "Question 1:",
            "How far apart: Far apart",
            "Police: Yes, consistently",
            "Return home interview service: No",
            "The group agreed: Partly",
            "Return home interview service: Children tell interviewers nobody is in charge")
        .as("the report shows agencies only: no names and no reasons")
        .doesNotContain("Pat Police", "We have a named officer");
    String pdf = DocumentText.ofPdf(coordinator.getBytes(benchmark + "/report.pdf").body());
    assertThat(pdf)
        .contains(
            "Where agencies' views differed",
            "Children tell interviewers nobody is in charge",
            "The group agreed: Partly");
    String word = DocumentText.ofWord(coordinator.getBytes(benchmark + "/report.docx").body());
    assertThat(word)
        .contains(
            "Where agencies' views differed",
            "Children tell interviewers nobody is in charge",
            "Return home interview service: No");

    HttpResponse<String> late =
        police.submitForm(
            giverPath(police) + "/questions/Q04",
            "main form",
            Map.of("answer", "yes", "reason", "Typed after the meeting"));
    Document latePage = Jsoup.parse(late.body());
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(latePage.select(".govuk-error-summary").text())
        .contains("The meeting has agreed its answers, so views can no longer be given or changed");
    assertThat(latePage.select("textarea[name=reason]").text())
        .isEqualTo("Typed after the meeting");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM given_view WHERE item_id = 'Q04'", Integer.class))
        .isZero();
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .extracting(AuditEvent::action)
        .contains("VIEWS_REQUESTED", "VIEWS_PERSON_ASKED", "VIEW_GIVEN", "DIFFERENT_VIEW_RECORDED");
    assertThat(
            audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId).stream()
                .filter(event -> event.action().equals("VIEW_GIVEN"))
                .count())
        .as("every view given is audited")
        .isEqualTo(7);
  }

  @Test
  void viewsAreSeenOnlyByTheCoordinatorsAndTheFacilitator_neverByOtherMembersOrPartnerships() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cora Coordinator"));
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Private Views Partnership");
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    askForViews(coordinator, benchmark, "names");
    SiteVisitor police = giver(coordinator, benchmark, "Pat Police", "POLICE");
    give(police, "Q01", "yes", "Secret reason");

    SiteVisitor member = users.signedIn(url(""), users.givenMember(partnershipId, "Mo Member"));
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Olly Outsider"));
    BenchmarkMeetings.givenPartnership(outsider, "Outsider Partnership");
    for (String path : new String[] {benchmark + "/views", benchmark + "/views/spread"}) {
      assertThat(member.get(path).statusCode()).as("member: " + path).isEqualTo(404);
      assertThat(outsider.get(path).statusCode()).as("outsider: " + path).isEqualTo(404);
    }
    assertThat(outsider.get(benchmark + "/questions/Q01").statusCode()).isEqualTo(404);
    assertThat(outsider.get(benchmark + "/different-views/Q01").statusCode()).isEqualTo(404);
    Document memberQuestion = Jsoup.parse(member.get(benchmark + "/questions/Q01").body());
    assertThat(memberQuestion.select("#agency-views")).isEmpty();
    assertThat(memberQuestion.text()).doesNotContain("Secret reason");
    assertThat(Jsoup.parse(member.get(benchmark).body()).select("#views-heading")).isEmpty();
    assertThat(new SiteVisitor(url("")).get(giverPath(police)).statusCode())
        .as("another browser without the pass")
        .isEqualTo(403);

    Document question = Jsoup.parse(coordinator.get(benchmark + "/questions/Q01").body());
    assertThat(question.select("#agency-views").text())
        .as("names shown, as the coordinator chose")
        .contains("Police (Pat Police): Yes, consistently", "Because: Secret reason");
  }

  @Test
  void aMemberAskedByTheirOwnAddress_givesViewsSignedIn_withoutTheLink_andNoOtherMemberCan() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Kit Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Signed In Views");
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    askForViews(coordinator, benchmark, "agencies");
    var health = users.givenMember(partnershipId, "Hana Health");
    coordinator.submitForm(
        benchmark + "/views",
        "#person-form",
        Map.of("name", "Hana Health", "agency", "HEALTH", "email", health.email().toUpperCase()));

    SiteVisitor member = users.signedIn(url(""), health);
    String mine = Jsoup.parse(member.get(benchmark).body()).select("#your-views-link").attr("href");
    assertThat(mine).startsWith("/your-views/");
    assertThat(Jsoup.parse(member.get(benchmark).body()).select("#views-summary"))
        .as("a member sees their own views, never everyone's")
        .isEmpty();
    HttpResponse<String> saved =
        member.submitForm(
            mine + "/questions/Q01", "main form", Map.of("answer", "partly", "reason", ""));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(member.get(mine).body()).select("#views-progress").text())
        .isEqualTo("You have answered 1 of 26 questions");

    SiteVisitor other = users.signedIn(url(""), users.givenMember(partnershipId, "Oz Other"));
    assertThat(other.get(mine).statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(other.get(benchmark).body()).select("#your-views-link")).isEmpty();
    assertThat(
            Jsoup.parse(coordinator.get(benchmark + "/views/spread").body())
                .select("#spread-Q01")
                .text())
        .contains("Health: Partly");
  }

  @Test
  void aLinkWorksOnce_aNewLinkShutsTheOldBrowserOut_andAViewAfterTheDueDateIsRefused() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cal Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Link Partnership");
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    askForViews(coordinator, benchmark, "agencies");
    String link = newPerson(coordinator, benchmark, "Hal Health", "HEALTH");

    assertThat(new SiteVisitor(url("")).get(path(link)).statusCode())
        .as("opening the link, as a mail scanner would, does not use it")
        .isEqualTo(200);
    SiteVisitor first = new SiteVisitor(url(""));
    Document opened = Jsoup.parse(first.get(path(link)).body());
    assertThat(first.submitForm(opened, "main form", Map.of()).statusCode()).isEqualTo(302);
    HttpResponse<String> doubleClick = first.submitForm(opened, "main form", Map.of());
    assertThat(doubleClick.statusCode())
        .as("the same page sent twice, as a double click without JavaScript sends it, gets in")
        .isEqualTo(302);
    visitorPaths.put(
        first,
        doubleClick
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("^https?://[^/]+", ""));
    HttpResponse<String> again =
        new SiteVisitor(url("")).submitForm(path(link), "main form", Map.of());
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(Jsoup.parse(again.body()).select("h1").text())
        .isEqualTo("This link has already been used");
    give(first, "Q01", "partly", null);

    Document hub = Jsoup.parse(coordinator.get(benchmark + "/views").body());
    assertThat(hub.select("#people-asked tbody tr").text())
        .contains("Hal Health", "1 of 26 questions");
    coordinator.submitForm(hub, "#people-asked form", Map.of());
    String newLink =
        Jsoup.parse(coordinator.get(benchmark + "/views").body()).select("#given-link").text();
    assertThat(first.get(giverPath(first)).statusCode())
        .as("the browser let in by the old link is shut out")
        .isEqualTo(403);
    SiteVisitor second = follow(newLink);
    assertThat(Jsoup.parse(second.get(giverPath(second)).body()).select("#views-progress").text())
        .isEqualTo("You have answered 1 of 26 questions");

    coordinator.submitForm(
        benchmark + "/views",
        "#person-form",
        Map.of(
            "name", "Eve Education", "agency", "EDUCATION", "email", "eve.education@example.org"));
    assertThat(
            Jsoup.parse(coordinator.get(benchmark + "/views").body()).select("#link-given").text())
        .as("without a mail server the coordinator is told, and still sees the link")
        .contains("Link made for Eve Education");
    EmailMessage email =
        outbox.findByRecipientOrderByCreatedAtDesc("eve.education@example.org").get(0);
    assertThat(email.subject()).startsWith("Your views before the Stage one meeting, ");
    assertThat(email.textBody()).contains("as Education", "It is not a test");
    SiteVisitor eve =
        follow(
            url("") + Outbox.newestLink(outbox, "eve.education@example.org", "/your-views/link/"));
    give(eve, "Q01", "no", null);

    jdbc.update(
        "UPDATE view_request SET due_on = ? WHERE meeting_id = ?",
        LocalDate.now().minusDays(1),
        BenchmarkMeetings.benchmarkId(benchmark));
    HttpResponse<String> late =
        second.submitForm(
            giverPath(second) + "/questions/Q02", "main form", Map.of("answer", "no"));
    assertThat(Jsoup.parse(late.body()).select(".govuk-error-summary").text())
        .contains("The date views were due by has passed");
    assertThat(Jsoup.parse(second.get(giverPath(second)).body()).select("#views-closed").text())
        .contains("Views were due by the end of");

    jdbc.update(
        "UPDATE view_request SET due_on = ? WHERE meeting_id = ?",
        LocalDate.now().plusDays(1),
        BenchmarkMeetings.benchmarkId(benchmark));
    String remove =
        Jsoup.parse(coordinator.get(benchmark + "/views").body())
            .select("#people-asked tbody tr:contains(Hal Health) a[href$=/remove]")
            .attr("href");
    Document confirm = Jsoup.parse(coordinator.get(remove).body());
    assertThat(confirm.select("h1").text()).isEqualTo("Remove Hal Health?");
    assertThat(confirm.text()).contains("the view they gave will be removed");
    HttpResponse<String> removed = coordinator.submitForm(confirm, "main form", Map.of());
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(coordinator.get(benchmark + "/views").body()).text())
        .contains("Hal Health has been removed, with their views")
        .doesNotContain("Hal Health Health");
    assertThat(second.get(giverPath(second)).statusCode()).isEqualTo(403);
  }

  @Test
  void askingForViews_withAMissingDateOrChoice_saysWhatIsMissing_andKeepsWhatWasTyped() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cleo Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Form Partnership");
    String benchmark = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());

    Document page =
        Jsoup.parse(
            coordinator
                .submitForm(
                    benchmark + "/views",
                    "#ask-form",
                    Map.of("dueDay", "31", "dueMonth", "2", "dueYear", "2027"))
                .body());

    assertThat(page.select(".govuk-error-summary li").eachText())
        .containsExactly(
            "The date views are due by must be a real date",
            "Select what the room should see next to each view");
    assertThat(page.select("input[name=dueDay]").val()).isEqualTo("31");

    askForViews(coordinator, benchmark, "agencies");
    assertThat(Jsoup.parse(coordinator.get(benchmark).body()).select("#views-summary").text())
        .isEqualTo("Views have been asked for, but nobody has been asked yet.");
    assertThat(coordinator.get(benchmark + "/views/spread").statusCode()).isEqualTo(200);
  }

  @Test
  void theComparisonOfTwoBenchmarks_showsHowFarApartTheAgenciesWere_andHowEachAgencysViewMoved() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Tia Twice"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Two Rounds Partnership");
    String first =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now().minusDays(60));
    askForViews(coordinator, first, "agencies");
    SiteVisitor police = giver(coordinator, first, "Pat Police", "POLICE");
    SiteVisitor socialCare = giver(coordinator, first, "Sam Social", "CHILDRENS_SOCIAL_CARE");
    give(police, "Q01", "no", null);
    give(socialCare, "Q01", "yes", null);
    give(police, "Q02", "yes", null);
    give(socialCare, "Q02", "yes", null);
    BenchmarkMeetings.answerAll(coordinator, first, Map.of());
    BenchmarkMeetings.submit(coordinator, first);

    String second = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.now());
    askForViews(coordinator, second, "agencies");
    police = giver(coordinator, second, "Pat Police", "POLICE");
    socialCare = giver(coordinator, second, "Sam Social", "CHILDRENS_SOCIAL_CARE");
    give(police, "Q01", "yes", null);
    give(socialCare, "Q01", "yes", null);
    give(police, "Q02", "partly", null);
    give(socialCare, "Q02", "yes", null);
    BenchmarkMeetings.answerAll(coordinator, second, Map.of());
    BenchmarkMeetings.submit(coordinator, second);

    Document compare =
        Jsoup.parse(
            coordinator
                .get(
                    "/partnerships/"
                        + partnershipId
                        + "/benchmarks/compare?from="
                        + BenchmarkMeetings.benchmarkId(first)
                        + "&to="
                        + BenchmarkMeetings.benchmarkId(second))
                .body());

    assertThat(compare.select("#views-levels tbody tr").eachText())
        .containsExactly("Far apart 1 0", "Some difference 0 1", "Same view 1 1");
    assertThat(compare.select("#views-POLICE").text()).isEqualTo("Police 1 1 0");
    assertThat(compare.select("#views-CHILDRENS_SOCIAL_CARE").text())
        .isEqualTo("Children's social care 0 0 2");
    assertThat(compare.select("#agency-views-over-time").text()).doesNotContain("Pat Police");
  }

  private void askForViews(SiteVisitor coordinator, String benchmark, String shown) {
    LocalDate due = LocalDate.now().plusDays(7);
    HttpResponse<String> asked =
        coordinator.submitForm(
            benchmark + "/views",
            "#ask-form",
            Map.of(
                "dueDay",
                String.valueOf(due.getDayOfMonth()),
                "dueMonth",
                String.valueOf(due.getMonthValue()),
                "dueYear",
                String.valueOf(due.getYear()),
                "shown",
                shown));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
  }

  /** Asks someone and returns their link, as shown once to the coordinator. */
  private String newPerson(SiteVisitor coordinator, String benchmark, String name, String agency) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("agency", agency);
    fields.put("email", "");
    HttpResponse<String> added =
        coordinator.submitForm(benchmark + "/views", "#person-form", fields);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    Document hub = Jsoup.parse(coordinator.get(benchmark + "/views").body());
    String link = hub.select("#given-link").text();
    assertThat(link).contains("/your-views/link/");
    assertThat(Jsoup.parse(coordinator.get(benchmark + "/views").body()).select("#given-link"))
        .as("shown once")
        .isEmpty();
    return link;
  }

  private SiteVisitor giver(SiteVisitor coordinator, String benchmark, String name, String agency) {
    return follow(newPerson(coordinator, benchmark, name, agency));
  }

  private SiteVisitor follow(String link) {
    SiteVisitor visitor = new SiteVisitor(url(""));
    HttpResponse<String> followed = visitor.submitForm(path(link), "main form", Map.of());
    assertThat(followed.statusCode()).isEqualTo(302);
    String start = followed.headers().firstValue("Location").orElseThrow();
    visitorPaths.put(visitor, start.replaceAll("^https?://[^/]+", ""));
    return visitor;
  }

  private String giverPath(SiteVisitor visitor) {
    return visitorPaths.get(visitor);
  }

  private static String path(String link) {
    return link.replaceAll("^https?://[^/]+", "");
  }

  private void give(SiteVisitor visitor, String question, String answer, String reason) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("answer", answer);
    fields.put("reason", reason == null ? "" : reason);
    HttpResponse<String> saved =
        visitor.submitForm(giverPath(visitor) + "/questions/" + question, "main form", fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }
}
