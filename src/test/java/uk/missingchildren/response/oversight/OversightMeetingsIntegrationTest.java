package uk.missingchildren.response.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.ActionPlans;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.MeetingDetailsFields;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A partnership asks its oversight groups to respond to an action; a group records its meeting,
 * with minutes and a response that comes back to the action's page.
 */
class OversightMeetingsIntegrationTest extends IntegrationTest {

  private static final String ASK = "Agree one approach to interviews for children placed here";

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anActionRaisedWithTheGroup_isAnsweredAtItsMeeting_andTheResponseReachesTheActionPage()
      throws IOException {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Rae Raised"));
    BenchmarkMeetings.givenPartnership(lead, "Rae's Partnership");
    UUID groupId = OversightLinks.group(lead, "Southshire oversight");
    String group = "/oversight/" + groupId;
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Cora Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Corashire");
    UUID actionId = ActionPlans.givenAction(coordinator, partnershipId, "Joint RHI approach");
    String action = "/partnerships/" + partnershipId + "/actions/" + actionId;
    OversightLinks.join(
        coordinator,
        OversightLinks.invite(lead, groupId),
        partnershipId,
        Map.of("actionSummary", "true"));

    assertThat(Jsoup.parse(coordinator.get(action).body()).select("#oversight").text())
        .contains("shares a summary of its action plan with 1 oversight group");
    HttpResponse<String> empty = coordinator.submitForm(action + "/oversight", "#raise", Map.of());
    assertThat(Jsoup.parse(empty.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Enter what you want from the groups");
    HttpResponse<String> tooLong =
        coordinator.submitForm(
            action + "/oversight", "#raise", Map.of("request", "x".repeat(1001)));
    assertThat(Jsoup.parse(tooLong.body()).select("#request").text())
        .as("what was typed is kept")
        .hasSize(1001);
    Document raiseForm = Jsoup.parse(coordinator.get(action + "/oversight").body());
    HttpResponse<String> raised =
        coordinator.submitForm(raiseForm, "#raise", Map.of("request", ASK));
    assertThat(raised.headers().firstValue("Location")).hasValue(action + "#oversight");
    assertThat(
            coordinator
                .submitForm(raiseForm, "#raise", Map.of("request", ASK))
                .headers()
                .firstValue("Location"))
        .as("sent twice, it leads to the same page")
        .hasValue(action + "#oversight");
    assertThat(Jsoup.parse(coordinator.get(action).body()).select("#oversight-request").text())
        .isEqualTo(ASK);
    SiteVisitor member = users.signedIn(url(""), users.givenMember(partnershipId, "Mia Member"));
    assertThat(member.get(action + "/oversight").statusCode())
        .as("only a coordinator decides what the groups see")
        .isEqualTo(403);

    Document dashboard = Jsoup.parse(lead.get(group).body());
    assertThat(dashboard.select("#raised-" + actionId).text())
        .contains("Joint RHI approach", "Corashire", ASK, "Not started")
        .doesNotContain("What will be done", "Rhi Lead");
    assertThat(dashboard.select("#actions-by-area").text()).contains("Return home interviews 1");

    HttpResponse<String> noMinutes =
        lead.submitForm(group + "/meetings/new", "#meeting-form", Map.of());
    assertThat(Jsoup.parse(noMinutes.body()).select(".govuk-error-summary a").eachText())
        .contains("Enter the minutes of the meeting")
        .hasSize(4);
    Map<String, String> fields = new HashMap<>();
    fields.put("attendees", "Lena Lead, Southshire Police\nDr Ade, health");
    fields.put("minutes", "Discussed the joint protocol.");
    fields.put("responses[" + actionId + "]", "The force will lead a joint approach by March.");
    HttpResponse<String> recorded =
        lead.submitForm(
            group + "/meetings/new",
            "#meeting-form",
            MeetingDetailsFields.of(LocalDate.of(2026, 11, 20), "Lena Lead", "Nia Notes", fields));
    String meeting = recorded.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> minutesPage = lead.get(meeting);
    assertThat(minutesPage.statusCode()).as(meeting + " " + minutesPage.body()).isEqualTo(200);
    Document minutes = Jsoup.parse(minutesPage.body());
    assertThat(minutes.select("#minutes").text()).isEqualTo("Discussed the joint protocol.");
    assertThat(minutes.select("#responses").text())
        .contains("Joint RHI approach", ASK, "The force will lead a joint approach by March.");

    assertThat(Jsoup.parse(coordinator.get(action).body()).select("#oversight-responses").text())
        .contains("Southshire oversight, meeting on 20 November 2026")
        .contains("The force will lead a joint approach by March.");
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_event WHERE partnership_id = ? ORDER BY id",
                String.class,
                partnershipId))
        .contains("OVERSIGHT_RESPONSE_REQUESTED", "OVERSIGHT_RESPONSE_GIVEN")
        .as("asked once, however often the form was sent")
        .containsOnlyOnce("OVERSIGHT_RESPONSE_REQUESTED")
        .doesNotContain("OVERSIGHT_REQUEST_CHANGED");

    HttpResponse<byte[]> word = lead.getBytes(meeting + "/minutes.docx");
    assertThat(word.statusCode()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText())
          .contains("Group meeting on 20 November 2026", "Discussed the joint protocol.")
          .contains("The force will lead a joint approach by March.");
    }

    assertThat(
            Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/oversight").body())
                .select("#asked tbody tr")
                .eachText())
        .as("the coordinator's list of what the partnership asks, with the responses so far")
        .containsExactly("Joint RHI approach " + ASK + " 1");
    coordinator.submitForm(action, "form[action$=/oversight/withdraw]", Map.of());
    assertThat(Jsoup.parse(lead.get(group).body()).select("#raised-" + actionId)).isEmpty();
    assertThat(Jsoup.parse(lead.get(meeting).body()).select("#responses").text())
        .as("the group's own response stays; the action it answered does not")
        .contains("An action the group can no longer see", "by March")
        .doesNotContain("Joint RHI approach");
  }

  @Test
  void twoMembersChangingTheMinutesAtOnce_neitherOverwritesTheOtherUnseen() {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Tia Two"));
    BenchmarkMeetings.givenPartnership(lead, "Tia's Partnership");
    UUID groupId = OversightLinks.group(lead, "Clash group");
    var ollie = users.givenAccount("Ollie Other");
    SiteVisitor other = users.signedIn(url(""), ollie);
    lead.submitForm(
        "/oversight/" + groupId + "/members",
        "form[action$=/members]",
        Map.of("email", ollie.email()));
    Map<String, String> first = Map.of("minutes", "First version.");
    Document form = Jsoup.parse(lead.get("/oversight/" + groupId + "/meetings/new").body());
    Map<String, String> details =
        MeetingDetailsFields.of(LocalDate.of(2026, 11, 21), "Tia Two", "Nat Notes", first);
    String meeting =
        lead.submitForm(form, "#meeting-form", details)
            .headers()
            .firstValue("Location")
            .orElseThrow();
    assertThat(lead.submitForm(form, "#meeting-form", details).headers().firstValue("Location"))
        .as("sent twice, one meeting")
        .hasValue(meeting);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM oversight_meeting WHERE group_id = ?", Long.class, groupId))
        .isEqualTo(1);

    Document leadForm = Jsoup.parse(lead.get(meeting + "/change").body());
    Document otherForm = Jsoup.parse(other.get(meeting + "/change").body());
    other.submitForm(
        otherForm,
        "#meeting-form",
        MeetingDetailsFields.of(
            LocalDate.of(2026, 11, 21), "Tia Two", "Nat Notes", Map.of("minutes", "Ollie's.")));
    HttpResponse<String> clash =
        lead.submitForm(
            leadForm,
            "#meeting-form",
            MeetingDetailsFields.of(
                LocalDate.of(2026, 11, 21), "Tia Two", "Nat Notes", Map.of("minutes", "Tia's.")));
    Document clashPage = Jsoup.parse(clash.body());
    assertThat(clash.statusCode()).isEqualTo(200);
    assertThat(clashPage.select("#clash").text()).contains("Someone else changed these minutes");
    assertThat(clashPage.select("#their-minutes").text()).contains("Ollie's.");
    assertThat(clashPage.select("#minutes").text())
        .as("what Tia typed is kept")
        .isEqualTo("Tia's.");
    assertThat(Jsoup.parse(lead.get(meeting).body()).select("#minutes").text())
        .isEqualTo("Ollie's.");

    Map<String, String> tias =
        MeetingDetailsFields.of(
            LocalDate.of(2026, 11, 21), "Tia Two", "Nat Notes", Map.of("minutes", "Tia's."));
    lead.submitForm(clashPage, "#meeting-form", tias);
    assertThat(lead.submitForm(clashPage, "#meeting-form", tias).headers().firstValue("Location"))
        .as("the same change sent twice is no clash with itself")
        .hasValue(meeting);
    assertThat(Jsoup.parse(lead.get(meeting).body()).select("#minutes").text())
        .as("sent again knowingly, Tia's replace Ollie's")
        .isEqualTo("Tia's.");
  }
}
