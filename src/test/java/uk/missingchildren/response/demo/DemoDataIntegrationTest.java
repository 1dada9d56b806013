package uk.missingchildren.response.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.agencyviews.SpreadBoard;
import uk.missingchildren.response.agencyviews.ViewsForReport;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.benchmark.StageOneResults;
import uk.missingchildren.response.followup.FollowUpMeeting;
import uk.missingchildren.response.followup.FollowUpService;
import uk.missingchildren.response.meeting.MeetingAttendee;
import uk.missingchildren.response.notification.EmailMessage;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.reminder.ActionReminder;
import uk.missingchildren.response.reminder.ReminderKind;
import uk.missingchildren.response.reminder.ReminderService;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewRating;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.ReviewStatus;
import uk.missingchildren.response.review.ReviewView;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * With the demo profile, the service starts with Eastmoor, a fictional partnership that has been
 * through the whole journey, made by the services a partnership uses, and says so on every page.
 * One application context for all of it (the demo profile's), shared with nothing else.
 */
@ActiveProfiles("demo")
class DemoDataIntegrationTest extends IntegrationTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired DemoProperties demo;
  @Autowired DemoData demoData;
  @Autowired UserDetailsService users;
  @Autowired PartnershipAccess access;
  @Autowired BenchmarkService benchmarks;
  @Autowired ReviewService reviews;
  @Autowired ActionService actions;
  @Autowired FollowUpService followUps;
  @Autowired ReminderService reminders;
  @Autowired EmailMessages outbox;
  @Autowired AuditEvents audit;
  @Autowired Clock clock;
  @Autowired AgencyViewsService agencyViews;

  @Test
  void theDemoPartnership_hasTwoSubmittedBenchmarksMonthsApart_whoseAnswersChanged() {
    PartnershipContext eastmoor = eastmoor();

    List<BenchmarkSummary> rounds = benchmarks.submittedRounds(eastmoor);

    assertThat(rounds).hasSize(2);
    LocalDate first = rounds.get(0).benchmark().meetingDate();
    LocalDate second = rounds.get(1).benchmark().meetingDate();
    assertThat(ChronoUnit.DAYS.between(first, second))
        .as("a few months apart")
        .isGreaterThanOrEqualTo(90);
    assertThat(second).isBefore(today());
    assertThat(ratings(rounds.get(0).results()))
        .as("area ratings changed between the benchmarks")
        .isNotEqualTo(ratings(rounds.get(1).results()));
    for (BenchmarkSummary round : rounds) {
      BenchmarkView view = benchmarks.view(eastmoor, round.benchmark().id());
      assertThat(view.answeredCount()).isEqualTo(view.questionCount());
      assertThat(view.attendees().stream().map(MeetingAttendee::agency).distinct())
          .as("agencies in the room")
          .hasSizeGreaterThan(4);
      assertThat(view.answers().values())
          .filteredOn(answer -> answer.notes() != null)
          .hasSizeGreaterThan(5);
      assertThat(view.answers().values())
          .filteredOn(answer -> answer.actionsArising() != null)
          .isNotEmpty();
    }
    assertThat(rounds.get(1).benchmark().startedFrom())
        .as("the second started from the first")
        .isEqualTo(rounds.get(0).benchmark().id());
  }

  @Test
  void theDemoPartnership_hasACompletedChecklistReview_andOneInProgress_withEvidenceAndAReason() {
    PartnershipContext eastmoor = eastmoor();

    Map<ReviewStatus, List<Review>> byStatus =
        reviews.reviews(eastmoor).stream().collect(Collectors.groupingBy(Review::status));

    assertThat(byStatus.get(ReviewStatus.COMPLETED)).hasSize(1);
    assertThat(byStatus.get(ReviewStatus.IN_PROGRESS)).hasSize(1);
    ReviewView completed = reviews.view(eastmoor, byStatus.get(ReviewStatus.COMPLETED).get(0).id());
    assertThat(completed.unrated()).isEmpty();
    assertThat(completed.ratings().values())
        .extracting(ReviewRating::evidence)
        .doesNotContainNull();
    ReviewView inProgress =
        reviews.view(eastmoor, byStatus.get(ReviewStatus.IN_PROGRESS).get(0).id());
    assertThat(inProgress.ratedCount()).isPositive().isLessThan(inProgress.items().size());
    assertThat(inProgress.ratings().values())
        .filteredOn(rating -> "not_applicable".equals(rating.extent()))
        .extracting(ReviewRating::reason)
        .singleElement()
        .asString()
        .isNotBlank();
  }

  @Test
  void theDemoPartnership_hasActionsInEveryStatus_someOverdue_ownedByAgenciesAndByThePartnership() {
    PartnershipContext eastmoor = eastmoor();

    List<Action> register = actions.register(eastmoor);

    assertThat(register).extracting(Action::status).containsAll(Set.of(ActionStatus.values()));
    List<Action> overdue =
        register.stream().filter(action -> action.overdue(actions.today())).toList();
    assertThat(overdue)
        .extracting(Action::status)
        .contains(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS);
    assertThat(register)
        .extracting(Action::owner)
        .contains(ActionOwner.PARTNERSHIP, ActionOwner.AGENCY);
    assertThat(register)
        .filteredOn(action -> action.owner() == ActionOwner.AGENCY)
        .extracting(Action::agency)
        .doesNotContainNull()
        .hasSizeGreaterThan(2);
    assertThat(register)
        .extracting(Action::source)
        .contains(ActionSource.CHECKLIST_ITEM, ActionSource.STAGE_ONE_QUESTION);
    assertThat(register)
        .allSatisfy(
            action ->
                assertThat(action.dueDate())
                    .as("due after the day it was set, as the form requires")
                    .isAfter(LocalDate.ofInstant(action.createdAt(), UK)));
    assertThat(actions.allUpdates(eastmoor))
        .anySatisfy(
            update -> {
              assertThat(update.statusAfter()).isEqualTo(ActionStatus.CLOSED);
              assertThat(update.impactStatement()).isNotBlank();
            });
  }

  @Test
  void
      theDemoPartnership_hasAFinishedFollowUpMeeting_withDecisionsRecorded_andTheNextMeetingAhead() {
    PartnershipContext eastmoor = eastmoor();

    List<FollowUpMeeting> meetings = followUps.meetings(eastmoor);

    assertThat(meetings)
        .singleElement()
        .satisfies(
            meeting -> {
              assertThat(meeting.completed()).isTrue();
              assertThat(meeting.meetingDate()).isBefore(today());
              assertThat(meeting.nextMeetingDate()).isAfter(today());
              assertThat(actions.updatesIn(eastmoor, meeting.id()))
                  .hasSize(4)
                  .anySatisfy(update -> assertThat(update.amended()).isTrue());
              assertThat(followUps.view(eastmoor, meeting.id()).attendees()).hasSizeGreaterThan(3);
            });
  }

  @Test
  void theRemindersJob_sentRemindersAboutActionsDueSoonAndOverdue_whichWaitInTheOutbox() {
    PartnershipContext eastmoor = eastmoor();

    List<ActionReminder> sent = reminders.sent(eastmoor);

    assertThat(sent)
        .extracting(ActionReminder::kind)
        .contains(ReminderKind.DUE_SOON, ReminderKind.OVERDUE);
    assertThat(sent)
        .allSatisfy(reminder -> assertThat(reminder.recipients()).contains(demo.email()));
    assertThat(sent)
        .extracting(reminder -> LocalDate.ofInstant(reminder.sentAt(), UK))
        .as("sent over the months")
        .anySatisfy(day -> assertThat(day).isBefore(today().minusDays(30)));
    assertThat(outbox.findByRecipientOrderByCreatedAtDesc(demo.email()))
        .hasSize(sent.size())
        .extracting(EmailMessage::status)
        .containsOnly(EmailMessage.Status.QUEUED);
  }

  @Test
  void theStoryWasToldOnItsOwnDays_andTheClockIsBackAtTheRealTime() {
    PartnershipContext eastmoor = eastmoor();

    BenchmarkSummary first = benchmarks.submittedRounds(eastmoor).get(0);

    assertThat(LocalDate.ofInstant(first.benchmark().createdAt(), UK))
        .isEqualTo(first.benchmark().meetingDate());
    assertThat(clock.instant()).isCloseTo(Instant.now(), within(Duration.ofSeconds(5)));
  }

  @Test
  void theDemoAccount_isTakenAsConfirmedWithoutAnEmail_andTheAuditLogSaysWhy() {
    List<AuditEvent> confirmed =
        audit.findByActionOrderByIdAsc("EMAIL_CONFIRMED").stream()
            .filter(event -> demo.email().equals(event.actorEmail()))
            .toList();

    assertThat(confirmed)
        .singleElement()
        .satisfies(event -> assertThat(event.details()).contains("Demonstration account"));
    assertThat(audit.findByActionOrderByIdAsc("ACCOUNT_CREATED"))
        .extracting(AuditEvent::actorEmail)
        .contains(demo.email());
    assertThat(outbox.findByRecipientOrderByCreatedAtDesc(demo.email()))
        .extracting(EmailMessage::subject)
        .noneMatch(subject -> subject.toLowerCase(java.util.Locale.ROOT).contains("confirm"));
    assertThat(
            audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(eastmoor().partnershipId()))
        .extracting(event -> LocalDate.ofInstant(event.occurredAt(), UK))
        .as("each change logged on its story day")
        .contains(today().minusDays(270), today().minusDays(240), today().minusDays(14));
  }

  @Test
  void theDemoAccount_signsInWithThePasswordPrinted_andEveryPageSaysItIsADemonstration() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    assertThat(notice(visitor.get("/"))).as("the start page").contains("fictional");
    assertThat(notice(visitor.get("/")))
        .as("the start page, served from memory")
        .contains("fictional");
    assertThat(notice(visitor.get("/no-such-page"))).as("an error page").contains("fictional");

    visitor.submitForm(
        "/sign-in", "main form", Map.of("email", demo.email(), "password", demo.password()));

    HttpResponse<String> home = visitor.get("/partnerships/" + eastmoor().partnershipId());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(home.body()).select("h1").text())
        .isEqualTo("Eastmoor Safeguarding Children Partnership");
    assertThat(notice(home)).contains("fictional");
  }

  @Test
  void startingAgain_onceTheDemoAccountExists_changesNothing() {
    PartnershipContext eastmoor = eastmoor();
    int actionsBefore = actions.register(eastmoor).size();

    boolean created = demoData.createUnlessPresent();

    assertThat(created).isFalse();
    assertThat(access.mine(coordinator())).hasSize(1);
    assertThat(actions.register(eastmoor)).hasSize(actionsBefore);
    assertThat(benchmarks.submittedRounds(eastmoor)).hasSize(2);
  }

  @Test
  void beforeTheSecondBenchmark_fourAgenciesGaveTheirOwnViews_andTheRoomRecordedADifferentOne() {
    PartnershipContext eastmoor = eastmoor();
    BenchmarkSummary second = benchmarks.submittedRounds(eastmoor).get(1);

    SpreadBoard board =
        agencyViews.spread(eastmoor, "benchmarks", second.benchmark().id()).orElseThrow();
    ViewsForReport report =
        agencyViews.forReport(
            eastmoor,
            benchmarks.viewsSubject(eastmoor, benchmarks.view(eastmoor, second.benchmark().id())));

    assertThat(board.peopleWithViews()).isEqualTo(4);
    assertThat(board.widestFirst().get(0).item().id()).isIn("Q04", "Q05", "Q10");
    assertThat(board.item("Q10").orElseThrow().levelId()).isEqualTo("far_apart");
    assertThat(report.differentViews())
        .singleElement()
        .satisfies(view -> assertThat(view.item().id()).isEqualTo("Q10"));
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(eastmoor.partnershipId()))
        .extracting(event -> event.action())
        .contains("VIEWS_REQUESTED", "VIEW_GIVEN", "DIFFERENT_VIEW_RECORDED");
  }

  private PartnershipContext eastmoor() {
    return access.mine(coordinator()).get(0);
  }

  private SignedInUser coordinator() {
    return (SignedInUser) users.loadUserByUsername(demo.email());
  }

  private static LocalDate today() {
    return LocalDate.now(UK);
  }

  private static List<String> ratings(StageOneResults results) {
    return results.areas().stream().map(area -> area.score().band().id()).toList();
  }

  private static String notice(HttpResponse<String> response) {
    Document page = Jsoup.parse(response.body());
    return page.select("#demo-notice").text();
  }
}
