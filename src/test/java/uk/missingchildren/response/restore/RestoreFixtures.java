package uk.missingchildren.response.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionChange;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ImpactRating;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.action.ProposedActionsService;
import uk.missingchildren.response.followup.FollowUpMeeting;
import uk.missingchildren.response.followup.FollowUpScope;
import uk.missingchildren.response.followup.FollowUpService;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.meeting.AttendeeForm;
import uk.missingchildren.response.meeting.AttendeeService;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.MeetingKinds;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.RatingDraft;
import uk.missingchildren.response.review.RatingService;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.StartReview;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A partnership that has recorded one of everything the data file holds, and more than once where
 * it matters: a submitted benchmark and a second started from it, answers saved twice (revisions),
 * a completed checklist round and a second started from it, with a not-applicable item; actions
 * from both stages, owned by the partnership and by an agency; their history with progress, an
 * amendment of owner, lead and due date, and closing; two follow-up meetings (one finished, with a
 * decision and the date of the next), attendees at every kind of meeting, and a proposed action
 * from stage one set aside.
 */
final class RestoreFixtures {

  private final TestUsers users;
  private final UserDetailsService userDetails;
  private final PartnershipAccess access;
  private final ReviewService reviews;
  private final AttendeeService attendees;
  private final MeetingKinds kinds;
  private final RatingService ratings;
  private final ActionService actions;
  private final ProposedActionsService proposals;
  private final FollowUpService followUps;
  private final FrameworkCatalogue catalogue;

  /**
   * Takes the services from the running application, so test classes keep the one shared context.
   */
  RestoreFixtures(ApplicationContext application) {
    this.users = application.getBean(TestUsers.class);
    this.userDetails = application.getBean(UserDetailsService.class);
    this.access = application.getBean(PartnershipAccess.class);
    this.reviews = application.getBean(ReviewService.class);
    this.attendees = application.getBean(AttendeeService.class);
    this.kinds = application.getBean(MeetingKinds.class);
    this.ratings = application.getBean(RatingService.class);
    this.actions = application.getBean(ActionService.class);
    this.proposals = application.getBean(ProposedActionsService.class);
    this.followUps = application.getBean(FollowUpService.class);
    this.catalogue = application.getBean(FrameworkCatalogue.class);
  }

  /** The coordinator's visitor and the partnership's id. */
  record Recorded(SiteVisitor coordinator, UUID partnershipId) {}

  Recorded givenAPartnershipWithEverything(String baseUrl, String name) {
    Account account = users.givenAccount("Cora Coordinator");
    SiteVisitor coordinator = users.signedIn(baseUrl, account);
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, name);
    PartnershipContext context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));

    String first = givenBenchmarks(coordinator, partnershipId);
    UUID round1 = givenChecklistRounds(context);
    givenActionsAndFollowUps(context, round1, BenchmarkMeetings.benchmarkId(first));
    // The second meeting's actions arising (the first's became an action): set aside.
    proposals.setAside(
        context,
        proposals.proposals(context).pending().get(0),
        "The regional board is commissioning it");
    return new Recorded(coordinator, partnershipId);
  }

  /**
   * A submitted benchmark, and a second one started from it and changed. Returns the first's path.
   */
  private static String givenBenchmarks(SiteVisitor coordinator, UUID partnershipId) {
    String first = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(
        coordinator, first, "Pat Police", "POLICE", "Missing persons coordinator");
    BenchmarkMeetings.addAttendee(
        coordinator, first, "Sam Social Care", "CHILDRENS_SOCIAL_CARE", "Team manager");
    BenchmarkMeetings.answerAll(
        coordinator, first, Map.of("Q01", "no", "Q02", "partly", "Q04", "dont_know"));
    BenchmarkMeetings.answer(
        coordinator,
        first,
        "Q03",
        "yes",
        "Notes for Q03, with \"quotes\" and a line\nbreak",
        "Write the protocol down");
    coordinator.submitForm(
        first + "/different-views/Q01",
        "main form:has(textarea)",
        Map.of(
            "differentAgency",
            "RETURN_HOME_INTERVIEW_SERVICE",
            "differentView",
            "Nobody could tell the service who the senior officer is"));
    assertThat(BenchmarkMeetings.submit(coordinator, first).statusCode()).isEqualTo(302);

    HttpResponse<String> started =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/benchmarks/new",
            "#start-benchmark",
            Map.of(
                "meetingDay",
                "3",
                "meetingMonth",
                "5",
                "meetingYear",
                "2027",
                "facilitator",
                "Fran Facilitator",
                "noteTaker",
                "Nat Notes",
                "startFrom",
                BenchmarkMeetings.benchmarkId(first).toString()));
    String second =
        BenchmarkMeetings.benchmarkPath(started.headers().firstValue("Location").orElseThrow());
    BenchmarkMeetings.addAttendee(
        coordinator, second, "Eli Education", "EDUCATION", "Head teacher");
    BenchmarkMeetings.answer(
        coordinator, second, "Q10", "partly", "Interviews are patchy", "Commission a new service");
    return first;
  }

  /**
   * Round 1 of return home interviews, completed; round 2 started from it. Returns round 1's id.
   */
  private UUID givenChecklistRounds(PartnershipContext context) {
    UUID round1 =
        reviews.start(
            context,
            new StartReview(
                "return-home-interviews",
                LocalDate.of(2026, 11, 9),
                "Fran Facilitator",
                "Nat Notes",
                false));
    attendees.add(
        context,
        kinds.at("reviews"),
        round1,
        AttendeeForm.of("Rhi Interviewer", Agency.RETURN_HOME_INTERVIEW_SERVICE, "Manager"));
    attendees.add(
        context, kinds.at("reviews"), round1, AttendeeForm.of("Pat Police", Agency.POLICE, null));
    for (ChecklistItem item :
        catalogue.current().themeWithId("T05").orElseThrow().checklist().items()) {
      if (item.active()) {
        ratings.save(
            context,
            round1,
            item.id(),
            new RatingDraft("partly_met", "medium", null, "Some evidence"),
            null);
      }
    }
    // Saved again, so its revision is 1, and an item that does not apply, with its reason.
    ratings.save(
        context,
        round1,
        "T05-R01",
        new RatingDraft("not_met", "high", null, "No offer is made"),
        0);
    ratings.save(
        context,
        round1,
        "T05-G02",
        new RatingDraft("not_applicable", null, "No placements here", null),
        0);
    reviews.complete(context, round1);

    UUID round2 =
        reviews.start(
            context,
            new StartReview(
                "return-home-interviews",
                LocalDate.of(2027, 6, 1),
                "Fran Facilitator",
                "Nat Notes",
                true));
    ratings.save(
        context,
        round2,
        "T05-R01",
        new RatingDraft("partly_met", "high", null, "Offers are now made"),
        0);
    reviews.start(
        context,
        new StartReview(
            "police-response", LocalDate.of(2026, 12, 1), "Fran Facilitator", "Nat Notes", false));
    return round1;
  }

  private void givenActionsAndFollowUps(
      PartnershipContext context, UUID round1, UUID firstBenchmark) {
    actions.create(
        context,
        new NewAction(
            "T05",
            ActionSource.CHECKLIST_ITEM,
            "T05-R01",
            round1,
            null,
            "Agree an offer",
            "Every child offered an interview",
            ActionOwner.PARTNERSHIP,
            null,
            "Rhi Lead",
            "rhi.lead@example.net",
            LocalDate.of(2030, 3, 31),
            "90% offered within 72 hours"));
    Action tracked =
        actions.create(
            context,
            new NewAction(
                "T05",
                ActionSource.CHECKLIST_ITEM,
                "T05-R02",
                round1,
                null,
                "Track referrals",
                "Count referrals monthly",
                ActionOwner.PARTNERSHIP,
                null,
                "Rhi Lead",
                LocalDate.of(2030, 2, 1),
                "Monthly figures"));
    actions.create(
        context,
        new NewAction(
            "T01",
            ActionSource.STAGE_ONE_QUESTION,
            "Q03",
            round1,
            firstBenchmark,
            "Write the protocol down",
            "A signed protocol",
            ActionOwner.AGENCY,
            Agency.CHILDRENS_SOCIAL_CARE,
            "Sam Social Care",
            LocalDate.of(2030, 1, 15),
            "Protocol signed by every agency"));

    actions.update(
        context,
        tracked.id(),
        new ActionChange(
            "Referral form agreed",
            ActionStatus.IN_PROGRESS,
            null,
            null,
            tracked.owner(),
            tracked.agency(),
            tracked.leadPerson(),
            null,
            tracked.dueDate(),
            null),
        tracked.version(),
        null);
    Action current = actions.action(context, tracked.id());
    actions.update(
        context,
        tracked.id(),
        new ActionChange(
            null,
            ActionStatus.IN_PROGRESS,
            null,
            null,
            ActionOwner.AGENCY,
            Agency.RETURN_HOME_INTERVIEW_SERVICE,
            "Rae Referrals",
            null,
            LocalDate.of(2030, 6, 30),
            "The service now runs the referrals"),
        current.version(),
        null);

    FollowUpMeeting meeting =
        followUps.start(
            context,
            new MeetingDetails(LocalDate.of(2026, 12, 14), "Fran Facilitator", "Nat Notes"),
            FollowUpScope.ALL_OPEN,
            null);
    attendees.add(
        context,
        kinds.at("follow-ups"),
        meeting.id(),
        AttendeeForm.of("Pat Police", Agency.POLICE, "Inspector"));
    current = actions.action(context, tracked.id());
    actions.update(
        context,
        tracked.id(),
        new ActionChange(
            "Figures reported monthly",
            ActionStatus.CLOSED,
            "Referrals counted every month",
            ImpactRating.SOME,
            current.owner(),
            current.agency(),
            current.leadPerson(),
            null,
            current.dueDate(),
            null),
        current.version(),
        meeting.id());
    followUps.finish(context, meeting.id(), LocalDate.of(2027, 3, 14));

    FollowUpMeeting next =
        followUps.start(
            context,
            new MeetingDetails(LocalDate.of(2027, 3, 14), "Fran Facilitator", "Nat Notes"),
            FollowUpScope.AREA,
            "T05");
    attendees.add(
        context,
        kinds.at("follow-ups"),
        next.id(),
        AttendeeForm.of("Rhi Interviewer", Agency.RETURN_HOME_INTERVIEW_SERVICE, null));
  }
}
