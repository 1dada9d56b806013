package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * One partnership never sees another's data: a member of partnership A asking for any
 * partnership-scoped route with partnership B's ids gets 404, and nothing of B in the response.
 * Routes are read from the application itself, so a new route is covered as soon as it exists.
 */
class PartnershipIsolationIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Memberships memberships;
  @Autowired Invitations invitations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void aMemberOfAnotherPartnership_getsNotFoundForEveryPartnershipRoute_andSeesNothingOfIt() {
    Account bob = users.givenAccount("Bob Other");
    SiteVisitor bobVisitor = users.signedIn(url(""), bob);
    UUID partnershipB = create(bobVisitor, "Secret Other Partnership");
    bobVisitor.submitForm(
        "/partnerships/" + partnershipB + "/members/invite",
        "main form",
        Map.of("email", "pending.person@example.org", "role", "MEMBER"));
    UUID memberB =
        memberships.findByPartnershipIdAndAccountId(partnershipB, bob.id()).orElseThrow().id();
    UUID invitationB =
        invitations
            .findByPartnershipIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtAsc(
                partnershipB)
            .get(0)
            .id();

    String benchmarkB =
        BenchmarkMeetings.start(bobVisitor, partnershipB, java.time.LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(bobVisitor, benchmarkB, "Secret Attendee", "POLICE", "Inspector");
    BenchmarkMeetings.answer(bobVisitor, benchmarkB, "Q01", "yes", "Secret notes", null);
    String attendeeB =
        Jsoup.parse(bobVisitor.get(benchmarkB + "/attendees").body())
            .select("#attendees a[href*=/attendees/]")
            .attr("href")
            .replaceAll(".*/", "");

    String reviewB =
        ChecklistMeetings.start(
            bobVisitor,
            partnershipB,
            "return-home-interviews",
            java.time.LocalDate.of(2026, 11, 9),
            "blank");
    bobVisitor.submitForm(
        reviewB + "/attendees",
        "#add-attendee",
        Map.of("name", "Secret Attendee", "agency", "HEALTH", "role", ""));
    ChecklistMeetings.rate(
        bobVisitor, reviewB, "required", "T05-R01", "not_met", "high", null, "Secret notes");
    String reviewAttendeeB =
        Jsoup.parse(bobVisitor.get(reviewB + "/attendees").body())
            .select("#attendees a[href*=/attendees/]")
            .attr("href")
            .replaceAll(".*/", "");

    java.time.LocalDate due = java.time.LocalDate.now().plusMonths(2);
    bobVisitor.submitForm(
        reviewB + "/items/T05-R01/actions/new",
        "#set-action",
        Map.of(
            "title",
            "Secret action",
            "description",
            "Secret plan",
            "owner",
            "PARTNERSHIP",
            "agency",
            "",
            "leadPerson",
            "Secret Lead",
            "leadEmail",
            "",
            "dueDay",
            String.valueOf(due.getDayOfMonth()),
            "dueMonth",
            String.valueOf(due.getMonthValue()),
            "dueYear",
            String.valueOf(due.getYear()),
            "successMeasure",
            "Secret measure"));
    String actionB =
        Jsoup.parse(bobVisitor.get("/partnerships/" + partnershipB + "/actions").body())
            .select("#register tbody a")
            .attr("href")
            .replaceAll(".*/", "");
    String meetingB =
        bobVisitor
            .submitForm(
                "/partnerships/" + partnershipB + "/follow-ups/new",
                "#start-follow-up",
                Map.of(
                    "meetingDay",
                    "1",
                    "meetingMonth",
                    "12",
                    "meetingYear",
                    "2026",
                    "facilitator",
                    "Secret Facilitator",
                    "noteTaker",
                    "Secret Notes",
                    "scope",
                    "ALL_OPEN"))
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("/attendees$", "");
    bobVisitor.submitForm(
        meetingB.replaceAll("^https?://[^/]+", "") + "/attendees",
        "#add-attendee",
        Map.of("name", "Secret Attendee", "agency", "HEALTH", "role", ""));
    String followUpAttendeeB =
        Jsoup.parse(
                bobVisitor.get(meetingB.replaceAll("^https?://[^/]+", "") + "/attendees").body())
            .select("#attendees a[href*=/attendees/]")
            .attr("href")
            .replaceAll(".*/", "");

    SiteVisitor alice = users.signedIn(url(""), users.givenAccount("Alice Member"));
    UUID partnershipA = create(alice, "Alice's Own Partnership");
    String csrf =
        Jsoup.parse(alice.get("/partnerships").body()).selectFirst("input[name=_csrf]").val();

    List<String> checked = new ArrayList<>();
    handlerMapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String declared : info.getPatternValues()) {
                if (!declared.contains("{partnershipId}")) {
                  continue;
                }
                // Pages shared by every kind of meeting, asked for as B's follow-up meeting's.
                String pattern =
                    declared.replace("{kind:benchmarks|reviews|follow-ups}", "follow-ups");
                String withBsIds =
                    pattern
                        .replace("{membershipId}", memberB.toString())
                        .replace("{invitationId}", invitationB.toString())
                        .replace(
                            "{benchmarkId}", BenchmarkMeetings.benchmarkId(benchmarkB).toString())
                        .replace("{reviewId}", ChecklistMeetings.reviewId(reviewB).toString())
                        .replace(
                            "{attendeeId}",
                            pattern.contains("/reviews/")
                                ? reviewAttendeeB
                                : pattern.contains("/follow-ups/") ? followUpAttendeeB : attendeeB)
                        .replace("{actionId}", actionB)
                        .replace("{meetingId}", meetingB.replaceAll(".*/", ""))
                        .replace("{itemId}", "T05-R01")
                        .replace("{slug}", "return-home-interviews")
                        .replace("{section}", "required")
                        .replace("{questionId}", pattern.contains("/reviews/") ? "Q10" : "Q01");
                // B's records asked for under B's partnership, and under A's own (where Alice is a
                // member).
                List<String> paths =
                    new ArrayList<>(
                        List.of(withBsIds.replace("{partnershipId}", partnershipB.toString())));
                if (pattern.contains("{benchmarkId}")
                    || pattern.contains("{reviewId}")
                    || pattern.contains("{actionId}")
                    || pattern.contains("{meetingId}")) {
                  paths.add(withBsIds.replace("{partnershipId}", partnershipA.toString()));
                }
                var methods = info.getMethodsCondition().getMethods();
                for (String template : paths) {
                  String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                  if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    String accept =
                        info.getProducesCondition()
                                .getProducibleMediaTypes()
                                .contains(MediaType.TEXT_EVENT_STREAM)
                            ? MediaType.TEXT_EVENT_STREAM_VALUE
                            : MediaType.TEXT_HTML_VALUE;
                    assertIsolated(alice.get(path, accept), "GET " + path, bob);
                    checked.add("GET " + pattern);
                  }
                  if (methods.contains(RequestMethod.POST)) {
                    assertIsolated(alice.post(path, intruderFields(csrf)), "POST " + path, bob);
                    assertIsolated(
                        alice.postForJson(path, intruderFields(csrf)), "POST (JSON) " + path, bob);
                    checked.add("POST " + pattern);
                  }
                }
              }
            });

    System.out.println(
        "==> Isolation checked on " + checked.size() + " partnership routes: " + checked);
    assertThat(checked).hasSizeGreaterThanOrEqualTo(40);
    Document bobsAnswer = Jsoup.parse(bobVisitor.get(benchmarkB + "/questions/Q01").body());
    assertThat(bobsAnswer.select("input[name=answer][checked]").val()).isEqualTo("yes");
    assertThat(bobsAnswer.select("textarea[name=notes]").text()).isEqualTo("Secret notes");
    assertThat(bobVisitor.get(benchmarkB + "/attendees").body()).doesNotContain("Alice Intruder");
    Document bobsAction =
        Jsoup.parse(bobVisitor.get("/partnerships/" + partnershipB + "/actions/" + actionB).body());
    assertThat(bobsAction.select(".app-history__entry"))
        .as("only its setting: no update from Alice")
        .hasSize(1);
    Document bobsItem = Jsoup.parse(bobVisitor.get(reviewB + "/sections/required").body());
    assertThat(bobsItem.select("form[id=T05-R01] input[name=extent][checked]").val())
        .isEqualTo("not_met");
    assertThat(bobsItem.select("#T05-R01-evidence").text()).isEqualTo("Secret notes");
    assertThat(bobVisitor.get(reviewB + "/attendees").body()).doesNotContain("Alice Intruder");
    assertThat(memberships.findByPartnershipIdOrderByJoinedAtAsc(partnershipB)).hasSize(1);
    assertThat(invitations.findById(invitationB).orElseThrow().pending(java.time.Instant.now()))
        .isTrue();
  }

  /** Fields that would change something on any of the forms, if a request ever got through. */
  private static Map<String, String> intruderFields(String csrf) {
    return Map.ofEntries(
        Map.entry("_csrf", csrf),
        Map.entry("role", "COORDINATOR"),
        Map.entry("email", "x@example.org"),
        Map.entry("answer", "no"),
        Map.entry("notes", "Alice was here"),
        Map.entry("name", "Alice Intruder"),
        Map.entry("agency", "POLICE"),
        Map.entry("facilitator", "Alice Intruder"),
        Map.entry("noteTaker", "Alice Intruder"),
        Map.entry("meetingDay", "1"),
        Map.entry("meetingMonth", "1"),
        Map.entry("meetingYear", "2026"),
        Map.entry("startFrom", "blank"),
        Map.entry("addresses", "x@example.org"),
        Map.entry("extent", "fully_met"),
        Map.entry("impact", "low"),
        Map.entry("evidence", "Alice was here"),
        Map.entry("title", "Alice's action"),
        Map.entry("description", "Alice was here"),
        Map.entry("owner", "PARTNERSHIP"),
        Map.entry("leadPerson", "Alice"),
        Map.entry("dueDay", "1"),
        Map.entry("dueMonth", "1"),
        Map.entry("dueYear", "2030"),
        Map.entry("successMeasure", "Alice"));
  }

  private static void assertIsolated(HttpResponse<String> response, String request, Account owner) {
    assertThat(response.statusCode()).as(request).isEqualTo(404);
    assertThat(response.body())
        .as(request)
        .doesNotContain("Secret Other Partnership")
        .doesNotContain(owner.email())
        .doesNotContain("pending.person@example.org")
        .doesNotContain("Secret notes")
        .doesNotContain("Secret Attendee");
  }

  private UUID create(SiteVisitor visitor, String name) {
    String location =
        visitor
            .submitForm(
                "/partnerships/new",
                "main form",
                Map.of(
                    "name",
                    name,
                    "localAuthorityAreas",
                    "Somewhere Council",
                    "policeForceArea",
                    "Somewhere Police"))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }
}
