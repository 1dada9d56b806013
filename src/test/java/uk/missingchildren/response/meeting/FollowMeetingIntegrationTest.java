package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.FollowUpMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * "Follow this meeting" without a browser: the page follows the presenter view, not whoever else
 * browses the meeting; it refreshes itself without JavaScript unless asked not to; the event stream
 * says when what is shown has changed; and nobody outside the partnership can follow.
 */
class FollowMeetingIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ActionService actions;

  @Test
  void aViewerFollowsTheQuestionThePresenterShows_andTheAnswerAsItIsAgreed() {
    Account facilitatorAccount = users.givenAccount("Fern Follow");
    SiteVisitor facilitator = users.signedIn(url(""), facilitatorAccount);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Followed Partnership");
    String benchmark =
        BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2027, 5, 4));
    SiteVisitor viewer = viewerOf(partnershipId, "Vera Follower");

    Document overview = page(viewer, benchmark);
    assertThat(overview.select("#follow-link a").attr("href")).isEqualTo(benchmark + "/follow");

    HttpResponse<String> first = viewer.get(benchmark + "/follow");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .as("without JavaScript the page refreshes itself")
        .contains("<noscript><meta http-equiv=\"refresh\" content=\"10\"></noscript>");
    Document waiting = Jsoup.parse(first.body());
    assertThat(waiting.title()).startsWith("Follow this meeting");
    assertThat(waiting.select("h1").text()).isEqualTo("Stage one meeting, 4 May 2027");
    assertThat(waiting.select(".govuk-caption-m").first().text())
        .isEqualTo("Followed Partnership: following live");
    assertThat(waiting.select("#meeting-now").text())
        .contains("0 of 26 questions answered")
        .contains("Nothing is being presented yet.");

    // Someone looking at a question outside the presenter view does not move the followers.
    page(facilitator, benchmark + "/questions/Q05");
    assertThat(nowShown(viewer, benchmark)).contains("Nothing is being presented yet.");

    facilitator.submitForm(
        page(facilitator, benchmark + "/questions/Q07"), ".app-presenter-enter", Map.of());
    page(facilitator, benchmark + "/questions/Q07");
    Document presented = page(viewer, benchmark + "/follow");
    assertThat(presented.select("#meeting-now .govuk-caption-m").text())
        .startsWith("Question 7 of 26");
    assertThat(presented.select("#meeting-now h2").text()).isNotBlank();
    assertThat(facts(presented)).containsEntry("Agreed answer", "Not agreed yet");
    assertThat(presented.select("#meeting-now form, #meeting-now input, #meeting-now textarea"))
        .as("read only")
        .isEmpty();

    BenchmarkMeetings.answer(
        facilitator, benchmark, "Q07", "partly", "Police and RHI service differ on <timing>", "");
    Document agreed = page(viewer, benchmark + "/follow");
    assertThat(facts(agreed))
        .containsEntry("Agreed answer", "Partly")
        .containsEntry("Notes", "Police and RHI service differ on <timing>");
    assertThat(agreed.select("#meeting-now").text()).contains("1 of 26 questions answered");

    Document stopped = page(viewer, benchmark + "/follow?refresh=off");
    assertThat(stopped.html()).doesNotContain("http-equiv=\"refresh\"");
    assertThat(stopped.select("noscript").html()).contains("Refresh it now");

    HttpResponse<String> part = viewer.get(benchmark + "/follow/now");
    assertThat(part.statusCode()).isEqualTo(200);
    assertThat(part.body().strip())
        .as("only the part that changes, for the page's script")
        .startsWith("<div class=\"app-follow\"")
        .doesNotContain("<html", "<header");
    assertThat(Jsoup.parse(part.body()).select(".app-follow").attr("data-announce"))
        .startsWith("Question 7 of 26")
        .endsWith("Agreed answer: Partly");
  }

  @Test
  void theEventStreamSaysWhenWhatIsShownChanges() throws Exception {
    SiteVisitor facilitator = users.signedIn(url(""), users.givenAccount("Eve Events"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Streamed Partnership");
    String benchmark =
        BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2027, 5, 5));
    SiteVisitor follower = viewerOf(partnershipId, "Stella Stream");

    HttpResponse<Stream<String>> stream = follower.openStream(benchmark + "/follow/events");
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    try (Stream<String> lines = stream.body()) {
      Iterator<String> events = lines.iterator();
      String before = nextFingerprint(events);
      assertThat(before)
          .isEqualTo(
              Jsoup.parse(follower.get(benchmark + "/follow").body())
                  .select(".app-follow")
                  .attr("data-fingerprint"));

      facilitator.submitForm(
          page(facilitator, benchmark + "/questions/Q09"), ".app-presenter-enter", Map.of());
      long asked = System.nanoTime();
      page(facilitator, benchmark + "/questions/Q09");
      String after = nextFingerprint(events);
      Duration took = Duration.ofNanos(System.nanoTime() - asked);

      assertThat(after).isNotEqualTo(before);
      assertThat(took).isLessThan(Duration.ofSeconds(2));
      assertThat(
              Jsoup.parse(follower.get(benchmark + "/follow/now").body())
                  .select(".app-follow")
                  .attr("data-fingerprint"))
          .isEqualTo(after);
    }
  }

  @Test
  void nobodyOutsideThePartnershipCanFollow() {
    SiteVisitor facilitator = users.signedIn(url(""), users.givenAccount("Nora Nobody"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Private Partnership");
    String benchmark =
        BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2027, 5, 6));
    SiteVisitor stranger = users.signedIn(url(""), users.givenAccount("Stan Stranger"));

    for (String path : new String[] {"/follow", "/follow/now"}) {
      assertThat(stranger.get(benchmark + path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(stranger.openStream(benchmark + "/follow/events").statusCode()).isEqualTo(404);
    HttpResponse<String> signedOut = new SiteVisitor(url("")).get(benchmark + "/follow");
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
  }

  @Test
  void aChecklistSectionIsFollowedItemByItem() {
    SiteVisitor facilitator = users.signedIn(url(""), users.givenAccount("Rory Review"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Reviewed Partnership");
    String review =
        ChecklistMeetings.start(
            facilitator,
            partnershipId,
            "return-home-interviews",
            LocalDate.of(2027, 5, 7),
            "blank");
    facilitator.submitForm(
        page(facilitator, review + "/sections/required"), ".app-presenter-enter", Map.of());
    page(facilitator, review + "/sections/required");
    ChecklistMeetings.rate(
        facilitator, review, "required", "T05-R01", "partly_met", "high", "", "");

    Document followed = page(facilitator, review + "/follow");
    assertThat(followed.select("#meeting-now .govuk-caption-m").text())
        .startsWith("Required by guidance")
        .endsWith("1 of " + followed.select("#meeting-now h3").size() + " rated");
    assertThat(followed.select("#meeting-now h3")).hasSizeGreaterThan(1);
    assertThat(followed.select("#meeting-now dl").first().text())
        .contains("How far it is met", "Partly met", "Impact on children", "High");
    assertThat(followed.select("#meeting-now dl").get(1).text()).contains("Not rated yet");
    assertThat(page(facilitator, review).select("#follow-link a").attr("href"))
        .isEqualTo(review + "/follow");
  }

  @Test
  void aFollowUpMeetingIsFollowedActionByAction() {
    Account account = users.givenAccount("Fola Follow-up");
    SiteVisitor facilitator = users.signedIn(url(""), account);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Followed-up Partnership");
    var context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));
    var action =
        actions.create(
            context,
            new NewAction(
                "T05",
                ActionSource.CHECKLIST_ITEM,
                "T05-R01",
                null,
                null,
                "Offer every child a return home interview",
                "What will be done",
                ActionOwner.PARTNERSHIP,
                null,
                "Lee Lead",
                actions.today().plusDays(10),
                "How we will know"));
    String meeting =
        FollowUpMeetings.start(facilitator, partnershipId, actions.today(), "ALL_OPEN");
    String actionPage = meeting + "/actions/" + action.id();
    facilitator.submitForm(page(facilitator, actionPage), ".app-presenter-enter", Map.of());
    page(facilitator, actionPage);

    Document followed = page(facilitator, meeting + "/follow");
    assertThat(followed.select("#meeting-now .govuk-caption-m").text()).startsWith("Action 1 of 1");
    assertThat(followed.select("#meeting-now h2").text())
        .isEqualTo("Offer every child a return home interview");
    assertThat(facts(followed))
        .containsEntry("Status", "Not started")
        .containsEntry("Progress recorded at this meeting", "Nothing recorded yet");
  }

  @Test
  void aFinishedMeetingSaysSo_andStopsRefreshing() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Fin Finished"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(coordinator, "Finished Partnership", Map.of());
    HttpResponse<String> response = coordinator.get(benchmark + "/follow");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("http-equiv=\"refresh\"");
    Document finished = Jsoup.parse(response.body());
    assertThat(finished.select("#meeting-now .govuk-inset-text").text())
        .startsWith("This meeting has finished.");
    assertThat(page(coordinator, benchmark).select("#follow-link")).isEmpty();
  }

  private SiteVisitor viewerOf(UUID partnershipId, String name) {
    return users.signedIn(url(""), users.givenViewer(partnershipId, name));
  }

  private String nowShown(SiteVisitor visitor, String benchmark) {
    return page(visitor, benchmark + "/follow").select("#meeting-now").text();
  }

  private static Map<String, String> facts(Document page) {
    Map<String, String> facts = new java.util.LinkedHashMap<>();
    page.select("#meeting-now .govuk-summary-list__row")
        .forEach(
            row ->
                facts.put(
                    row.select(".govuk-summary-list__key").text(),
                    row.select(".govuk-summary-list__value").text()));
    return facts;
  }

  /** The data of the next "now" event, waiting at most 5 seconds for it. */
  private static String nextFingerprint(Iterator<String> lines) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              boolean named = false;
              while (lines.hasNext()) {
                String line = lines.next();
                if (line.equals("event:now")) {
                  named = true;
                } else if (named && line.startsWith("data:")) {
                  return line.substring("data:".length());
                }
              }
              throw new AssertionError("The stream ended");
            })
        .get(5, TimeUnit.SECONDS);
  }

  private Document page(SiteVisitor visitor, String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
