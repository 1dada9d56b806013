package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.RatingDraft;
import uk.missingchildren.response.review.RatingService;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.StartReview;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The partnership's home page as a dashboard: the latest submitted benchmark's ratings (not an
 * older one, and not the one still being answered), the checklists by their latest round, and the
 * actions by status with those overdue, each number linking to the register filtered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipDashboardIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ActionService actions;
  @Autowired ReviewService reviews;
  @Autowired RatingService ratings;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private SiteVisitor coordinator;
  private UUID partnershipId;
  private PartnershipContext context;
  private UUID latestSubmitted;
  private Document home;

  @BeforeAll
  void givenBenchmarksChecklistsAndActions() {
    Account account = users.givenAccount("Dana Dashboard");
    coordinator = users.signedIn(url(""), account);
    partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Dashboardshire Partnership");
    context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));

    Rounds.givenSubmittedBenchmark(coordinator, partnershipId, LocalDate.of(2025, 11, 3), Map.of());
    latestSubmitted =
        Rounds.givenSubmittedBenchmark(
            coordinator,
            partnershipId,
            LocalDate.of(2026, 11, 2),
            CompareBenchmarksIntegrationTest.FIRST);
    BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 20));

    // Return home interviews: two completed rounds. Police response: a round in progress.
    UUID rhi = completedRound(null);
    completedRound(rhi);
    reviews.start(
        context,
        new StartReview("police-response", LocalDate.of(2026, 11, 16), "Fran", "Nat", false));

    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    action("Overdue, not started", today.minusDays(10), "NOT_STARTED");
    action("Overdue, in progress", today.minusDays(1), "IN_PROGRESS");
    action("Due next month", today.plusDays(30), "IN_PROGRESS");
    action("Completed late", today.minusDays(5), "COMPLETED");
    action("Closed late", today.minusDays(5), "CLOSED");
    action("Due today", today, "NOT_STARTED");
    action("Due soon", today.plusDays(10), "NOT_STARTED");

    home = Jsoup.parse(coordinator.get("/partnerships/" + partnershipId).body());
  }

  private UUID completedRound(UUID previous) {
    UUID review =
        reviews.start(
            context,
            new StartReview(
                "return-home-interviews",
                LocalDate.of(2026, 11, 9),
                "Fran",
                "Nat",
                previous != null));
    if (previous == null) {
      for (ChecklistItem item : reviews.view(context, review).items()) {
        ratings.save(
            context,
            review,
            item.id(),
            new RatingDraft("fully_met", "high", null, "Evidence"),
            null);
      }
    }
    reviews.complete(context, review);
    return review;
  }

  private void action(String title, LocalDate due, String status) {
    UUID id =
        actions
            .create(
                context,
                new NewAction(
                    "T01",
                    ActionSource.STAGE_ONE_QUESTION,
                    "Q01",
                    null,
                    latestSubmitted,
                    title,
                    "What will be done",
                    ActionOwner.PARTNERSHIP,
                    null,
                    "Lee Lead",
                    due,
                    "How we will know"))
            .id();
    jdbc.update("UPDATE partnership_action SET status = ? WHERE id = ?", status, id);
  }

  @Test
  void actions_areCountedByStatus_withTheOverdueOnes_eachLinkingToTheRegisterFiltered() {
    String register = "/partnerships/" + partnershipId + "/actions";

    assertThat(home.select("#actions-NOT_STARTED").text()).isEqualTo("3 Not started actions");
    assertThat(home.select("#actions-IN_PROGRESS").text()).isEqualTo("2 In progress actions");
    assertThat(home.select("#actions-COMPLETED").text()).isEqualTo("1 Completed actions");
    assertThat(home.select("#actions-CLOSED").text()).isEqualTo("1 Closed actions");
    assertThat(home.select("#actions-OVERDUE").text())
        .as("still open after their due date")
        .isEqualTo("2 Overdue actions");
    assertThat(home.select("#actions .app-dashboard-figures a").eachAttr("href"))
        .containsExactly(
            register + "?status=NOT_STARTED",
            register + "?status=IN_PROGRESS",
            register + "?status=COMPLETED",
            register + "?status=CLOSED",
            register + "?status=OVERDUE");
    assertThat(home.select("#actions").text()).contains("7 actions from stage one and stage two.");
    assertThat(home.select("#actions a").eachAttr("href")).contains(register);
  }

  @Test
  void theLatestSubmittedBenchmarksRatings_areShown_areaByArea() {
    assertThat(home.select("#stage-one").text())
        .contains(
            "From the benchmark of 2 November 2026.",
            "The benchmark of 20 November 2026 is in progress: 0 of 26 questions answered.");
    List<List<String>> rows =
        home.select("#latest-ratings tbody tr").stream()
            .map(row -> row.select("th, td").eachText())
            .toList();
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0))
        .containsExactly(
            "Strategic leadership, governance and multi-agency protocol", "Strong", "83%");
    assertThat(rows.get(1).subList(1, 3)).containsExactly("Priority for improvement", "25%");
    assertThat(rows.get(3).subList(1, 3)).containsExactly("Developing", "75%");
    assertThat(rows.get(11).subList(1, 3)).containsExactly("Strong", "100%");
    assertThat(home.select("#latest-ratings .govuk-tag--red")).hasSize(3);
    assertThat(home.select("#stage-one a").eachAttr("href"))
        .contains("/partnerships/" + partnershipId + "/benchmarks/" + latestSubmitted + "/report");
  }

  @Test
  void checklists_areCountedOnceEach_byTheirLatestRound() {
    assertThat(home.select("#checklists-completed").text()).isEqualTo("1 Latest round completed");
    assertThat(home.select("#checklists-in-progress").text()).isEqualTo("1 Round in progress");
    assertThat(home.select("#checklists-not-started").text()).isEqualTo("10 Not started");
    assertThat(home.select("#checklists a").attr("href"))
        .isEqualTo("/partnerships/" + partnershipId + "/checklists");
  }

  @Test
  void withoutAFollowUpMeetingPlanned_thePageSaysSo_andLinksToTheFollowUps() {
    assertThat(home.select("#next-review").text()).contains("No follow-up meeting planned");
    assertThat(home.select("#next-review a").attr("href"))
        .isEqualTo("/partnerships/" + partnershipId + "/follow-ups");
  }

  @Test
  void everythingTheHomePageShowedBefore_isStillThere() {
    assertThat(home.selectFirst("h1").text()).isEqualTo("Dashboardshire Partnership");
    assertThat(home.select("#about").text())
        .contains("Coordinator", "Northshire County Council", "Northshire Police");
    assertThat(home.select("#about a").eachAttr("href"))
        .contains(
            "/partnerships/" + partnershipId + "/members",
            "/partnerships/" + partnershipId + "/audit-log",
            "/checklists",
            "/information-sheet",
            "/partnerships");
  }

  @Test
  void aNewPartnership_isInvitedToStartItsFirstBenchmark_withEveryCountAtZero() {
    UUID fresh = BenchmarkMeetings.givenPartnership(coordinator, "Brand New Partnership");
    Document page = Jsoup.parse(coordinator.get("/partnerships/" + fresh).body());

    assertThat(page.select("#stage-one a.govuk-button").attr("href"))
        .isEqualTo("/partnerships/" + fresh + "/benchmarks/new");
    assertThat(page.getElementById("latest-ratings")).isNull();
    assertThat(page.select("#stage-one a[href$=/compare]")).isEmpty();
    assertThat(page.select("#checklists-not-started").text()).isEqualTo("12 Not started");
    assertThat(page.select("#actions-OVERDUE").text()).isEqualTo("0 Overdue actions");
    assertThat(page.select("#actions").text()).contains("No actions have been set yet.");
  }
}
