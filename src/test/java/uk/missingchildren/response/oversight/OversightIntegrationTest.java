package uk.missingchildren.response.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.MeetingDetailsFields;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class OversightIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void aGroupSeesOnlyWhatEachPartnershipShares_andStoppingEndsEveryViewAtOnce() {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Lena Lead"));
    BenchmarkMeetings.givenPartnership(lead, "Lead's Own Partnership");
    String group = createGroup(lead, "Northshire Police oversight");
    UUID groupId = UUID.fromString(group.replaceAll(".*/", ""));

    SiteVisitor east = users.signedIn(url(""), users.givenAccount("Eve East"));
    String eastBenchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            east, "Eastshire Partnership", Map.of("Q10", "no", "Q11", "no"));
    UUID eastId = partnershipOf(eastBenchmark);
    SiteVisitor west = users.signedIn(url(""), users.givenAccount("Wes West"));
    String westBenchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            west, "Westshire Partnership", Map.of("Q10", "no", "Q11", "partly"));
    UUID westId = partnershipOf(westBenchmark);

    join(east, invite(lead, groupId), eastId, Map.of("stageOne", "true", "actionSummary", "true"));
    join(west, invite(lead, groupId), westId, Map.of("checklists", "true"));

    Document dashboard = Jsoup.parse(lead.get(group).body());
    assertThat(dashboard.select("#partnerships tbody tr")).hasSize(2);
    assertThat(dashboard.select("#partnership-" + westId).text())
        .as("west shares no stage one ratings")
        .contains("Westshire Partnership", "Not shared");
    assertThat(dashboard.select("#ratings").text())
        .as("only partnerships that share ratings are named")
        .contains("Eastshire Partnership")
        .doesNotContain("Westshire Partnership");
    String eastRhi = dashboard.select("#area-T05").text();
    assertThat(eastRhi).contains("Eastshire Partnership (Priority)").contains("1 of 1");
    assertThat(dashboard.text()).doesNotContain("Notes for Q");

    Document eastPage = Jsoup.parse(lead.get(group + "/partnerships/" + eastId).body());
    assertThat(eastPage.select("#actions").text()).contains("Not started 0");
    assertThat(eastPage.text()).doesNotContain("Notes for Q");
    assertThat(lead.get(group + "/partnerships/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE partnership_id = ? AND action = 'OVERSIGHT_VIEWED'",
                Long.class,
                eastId))
        .as("each look is in the partnership's own audit log")
        .isEqualTo(2);
    assertThat(Jsoup.parse(east.get("/partnerships/" + eastId + "/audit-log").body()).text())
        .contains("Northshire Police oversight");

    HttpResponse<String> stopped =
        east.submitForm(
            "/partnerships/" + eastId + "/oversight",
            "form[action$=/oversight/" + groupId + "/stop]",
            Map.of());
    assertThat(stopped.headers().firstValue("Location"))
        .hasValue("/partnerships/" + eastId + "/oversight");
    assertThat(lead.get(group + "/partnerships/" + eastId).statusCode())
        .as("at once, every group route for it answers 404")
        .isEqualTo(404);
    assertThat(Jsoup.parse(lead.get(group).body()).text()).doesNotContain("Eastshire Partnership");
  }

  @Test
  void aCoordinatorChangesWhatIsShared_andAtLeastOneThingMustBeChosen() {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Lou Lead"));
    BenchmarkMeetings.givenPartnership(lead, "Lou's Partnership");
    UUID groupId = UUID.fromString(createGroup(lead, "Region oversight").replaceAll(".*/", ""));
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cal Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Calshire");
    String link = invite(lead, groupId);

    HttpResponse<String> nothing =
        coordinator.submitForm(
            link, "main form", Map.of("partnershipId", partnershipId.toString()));
    assertThat(Jsoup.parse(nothing.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Select at least one thing to share");
    HttpResponse<String> noPartnership =
        coordinator.submitForm(link, "main form", Map.of("stageOne", "true"));
    assertThat(Jsoup.parse(noPartnership.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Select which partnership joins the group");
    assertThat(Jsoup.parse(noPartnership.body()).select("#stageOne").hasAttr("checked"))
        .as("what was chosen is kept")
        .isTrue();
    join(coordinator, link, partnershipId, Map.of("stageOne", "true"));
    assertThat(coordinator.get(link).body())
        .as("a joining link works once")
        .contains("This joining link cannot be used");

    String change = "/partnerships/" + partnershipId + "/oversight/" + groupId;
    HttpResponse<String> none = coordinator.submitForm(change, "main form", Map.of());
    assertThat(Jsoup.parse(none.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Select at least one thing to share, or stop sharing with the group");
    coordinator.submitForm(change, "main form", Map.of("checklists", "true"));
    assertThat(
            Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/oversight").body())
                .select("#share-" + groupId)
                .text())
        .contains("Checklist progress")
        .doesNotContain("Stage one ratings");

    SiteVisitor member = users.signedIn(url(""), users.givenMember(partnershipId, "Mo Member"));
    assertThat(member.get(change).statusCode()).as("coordinators only").isEqualTo(403);
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_event WHERE partnership_id = ? ORDER BY id",
                String.class,
                partnershipId))
        .contains("OVERSIGHT_JOINED", "OVERSIGHT_SHARING_CHANGED");
  }

  @Test
  void formsSentTwice_makeOneGroup_joinOnce_andStopOnce_leadingWhereTheFirstLed() {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Dot Double"));
    BenchmarkMeetings.givenPartnership(lead, "Dot's Partnership");
    Document form = Jsoup.parse(lead.get("/oversight/new").body());
    Map<String, String> fields = Map.of("name", "Twice Group", "kind", "REGION");
    String first =
        lead.submitForm(form, "main form", fields).headers().firstValue("Location").orElseThrow();
    String second =
        lead.submitForm(form, "main form", fields).headers().firstValue("Location").orElseThrow();
    assertThat(second).isEqualTo(first);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM oversight_group WHERE name = 'Twice Group'", Long.class))
        .isEqualTo(1);
    UUID groupId = UUID.fromString(first.replaceAll(".*/", ""));

    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Dan Double"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Danshire");
    Document join = Jsoup.parse(coordinator.get(invite(lead, groupId)).body());
    Map<String, String> choice =
        Map.of("partnershipId", partnershipId.toString(), "stageOne", "true");
    HttpResponse<String> joined = coordinator.submitForm(join, "main form", choice);
    HttpResponse<String> again = coordinator.submitForm(join, "main form", choice);
    assertThat(again.headers().firstValue("Location"))
        .as("not 'this joining link cannot be used'")
        .isEqualTo(joined.headers().firstValue("Location"))
        .hasValue("/partnerships/" + partnershipId + "/oversight");

    Document sharing =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/oversight").body());
    String stop = "form[action$=/oversight/" + groupId + "/stop]";
    HttpResponse<String> stopped = coordinator.submitForm(sharing, stop, Map.of());
    assertThat(stopped.headers().firstValue("Location"))
        .hasValue("/partnerships/" + partnershipId + "/oversight");
    HttpResponse<String> stopAgain = coordinator.submitForm(sharing, stop, Map.of());
    assertThat(stopAgain.headers().firstValue("Location"))
        .as("not a 404 (was " + stopAgain.statusCode() + ")")
        .hasValue("/partnerships/" + partnershipId + "/oversight");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE partnership_id = ? AND action = 'OVERSIGHT_SHARING_STOPPED'",
                Long.class,
                partnershipId))
        .isEqualTo(1);
  }

  @Test
  void nothingOfAGroupIsReachableByAMemberOfAnotherGroup_orByAPartnershipMember() {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Gia Group"));
    BenchmarkMeetings.givenPartnership(lead, "Gia's Partnership");
    UUID groupId = UUID.fromString(createGroup(lead, "Private group").replaceAll(".*/", ""));
    SiteVisitor partnershipCoordinator = users.signedIn(url(""), users.givenAccount("Pia Partner"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(partnershipCoordinator, "Piashire");
    join(partnershipCoordinator, invite(lead, groupId), partnershipId, Map.of("stageOne", "true"));

    String meeting =
        lead.submitForm(
                "/oversight/" + groupId + "/meetings/new",
                "#meeting-form",
                MeetingDetailsFields.of(
                    LocalDate.of(2026, 11, 20),
                    "Gia Group",
                    "Nat Notes",
                    Map.of("minutes", "Met.")))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Otto Other"));
    BenchmarkMeetings.givenPartnership(outsider, "Otto's Partnership");
    createGroup(outsider, "Another group");
    String csrf =
        Jsoup.parse(outsider.get("/oversight").body()).selectFirst("input[name=_csrf]").val();

    List<String> checked = new ArrayList<>();
    handlerMapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/oversight/{groupId}")) {
                  continue;
                }
                String path =
                    pattern
                        .replace("{groupId}", groupId.toString())
                        .replace("{partnershipId}", partnershipId.toString())
                        .replace("{meetingId}", meeting.replaceAll(".*/", ""));
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                  assertThat(outsider.get(path).statusCode()).as("GET " + path).isEqualTo(404);
                  assertThat(partnershipCoordinator.get(path).statusCode())
                      .as("GET " + path + " as the sharing partnership's coordinator")
                      .isEqualTo(404);
                  checked.add("GET " + pattern);
                }
                if (methods.contains(RequestMethod.POST)) {
                  assertThat(
                          outsider
                              .post(path, Map.of("_csrf", csrf, "email", "x@example.org"))
                              .statusCode())
                      .as("POST " + path)
                      .isEqualTo(404);
                  checked.add("POST " + pattern);
                }
              }
            });
    assertThat(checked)
        .contains(
            "GET /oversight/{groupId}",
            "GET /oversight/{groupId}/partnerships/{partnershipId}",
            "POST /oversight/{groupId}/invitations",
            "GET /oversight/{groupId}/dashboard.xlsx",
            "GET /oversight/{groupId}/meetings/{meetingId}",
            "POST /oversight/{groupId}/meetings/{meetingId}/change");
    assertThat(lead.get(meeting).statusCode()).as("the group's own meeting").isEqualTo(200);
    assertThat(outsider.get("/oversight").body()).doesNotContain("Private group");
  }

  private String createGroup(SiteVisitor lead, String name) {
    HttpResponse<String> empty = lead.submitForm("/oversight/new", "main form", Map.of());
    assertThat(Jsoup.parse(empty.body()).select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the name of the group", "Select what kind of area the group looks across");
    HttpResponse<String> created =
        lead.submitForm(
            "/oversight/new", "main form", Map.of("name", name, "kind", "POLICE_FORCE_AREA"));
    return created.headers().firstValue("Location").orElseThrow();
  }

  private static String invite(SiteVisitor lead, UUID groupId) {
    return OversightLinks.invite(lead, groupId);
  }

  private static void join(
      SiteVisitor coordinator, String link, UUID partnershipId, Map<String, String> choices) {
    OversightLinks.join(coordinator, link, partnershipId, choices);
  }

  private static UUID partnershipOf(String benchmarkPath) {
    return UUID.fromString(benchmarkPath.split("/")[2]);
  }
}
