package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.meeting.AttendeeForm;
import uk.missingchildren.response.meeting.AttendeeService;
import uk.missingchildren.response.meeting.MeetingKinds;
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
 * The partnership's data file holds every one of its records, and nothing of another partnership:
 * two benchmarks (one submitted, one in progress) with attendees and answers, two checklist reviews
 * with attendees and ratings, and actions from both stages. The expected ids are read from the
 * database, so a record the export leaves out is caught.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipDataExportIntegrationTest extends IntegrationTest {

  private static final String NAME = "Eastshire Data Partnership";

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ReviewService reviews;
  @Autowired AttendeeService attendees;
  @Autowired MeetingKinds kinds;
  @Autowired RatingService ratings;
  @Autowired ActionService actions;
  @Autowired uk.missingchildren.response.followup.FollowUpService followUps;
  @Autowired JdbcTemplate jdbc;

  private SiteVisitor coordinator;
  private UUID partnershipId;
  private UUID otherPartnershipId;
  private HttpResponse<byte[]> response;
  private JsonNode json;

  @BeforeAll
  void givenBenchmarksReviewsAndActions_andAnotherPartnershipsRecords() {
    Account account = users.givenAccount("Della Data");
    coordinator = users.signedIn(url(""), account);
    partnershipId = BenchmarkMeetings.givenPartnership(coordinator, NAME);
    String submitted =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(
        coordinator, submitted, "Pat Police", "POLICE", "Missing persons coordinator");
    BenchmarkMeetings.addAttendee(
        coordinator, submitted, "Sam Social Care", "CHILDRENS_SOCIAL_CARE", "Team manager");
    BenchmarkMeetings.answerAll(coordinator, submitted, Map.of("Q01", "no", "Q02", "partly"));
    BenchmarkMeetings.answer(
        coordinator, submitted, "Q03", "yes", "Notes for Q03", "Write the protocol down");
    assertThat(BenchmarkMeetings.submit(coordinator, submitted).statusCode()).isEqualTo(302);
    String inProgress =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2027, 5, 3));
    BenchmarkMeetings.addAttendee(
        coordinator, inProgress, "Eli Education", "EDUCATION", "Head teacher");
    BenchmarkMeetings.answer(
        coordinator,
        inProgress,
        "Q10",
        "partly",
        "Interviews are patchy",
        "Commission a new service");
    PartnershipContext context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));

    UUID rhi =
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
        rhi,
        AttendeeForm.of("Rhi Interviewer", Agency.RETURN_HOME_INTERVIEW_SERVICE, "Manager"));
    ratings.save(
        context,
        rhi,
        "T05-R01",
        new RatingDraft("not_met", "high", null, "No offer is made"),
        null);
    ratings.save(
        context,
        rhi,
        "T05-R02",
        new RatingDraft("partly_met", "medium", null, "Some referrals"),
        null);
    ratings.save(
        context,
        rhi,
        "T05-G02",
        new RatingDraft("not_applicable", null, "No placements here", null),
        null);
    UUID police =
        reviews.start(
            context,
            new StartReview(
                "police-response",
                LocalDate.of(2026, 12, 1),
                "Fran Facilitator",
                "Nat Notes",
                false));
    ratings.save(
        context, police, "T04-R01", new RatingDraft("fully_met", "high", null, "Audited"), null);

    actions.create(
        context,
        new NewAction(
            "T05",
            ActionSource.CHECKLIST_ITEM,
            "T05-R01",
            rhi,
            null,
            "Agree an offer",
            "Every child offered an interview",
            ActionOwner.PARTNERSHIP,
            null,
            "Rhi Lead",
            LocalDate.of(2027, 3, 31),
            "90% offered within 72 hours"));
    givenHistory(
        context,
        actions.create(
            context,
            new NewAction(
                "T05",
                ActionSource.CHECKLIST_ITEM,
                "T05-R02",
                rhi,
                null,
                "Track referrals",
                "Count referrals monthly",
                ActionOwner.PARTNERSHIP,
                null,
                "Rhi Lead",
                LocalDate.of(2027, 2, 1),
                "Monthly figures")));
    actions.create(
        context,
        new NewAction(
            "T01",
            ActionSource.STAGE_ONE_QUESTION,
            "Q03",
            rhi,
            BenchmarkMeetings.benchmarkId(submitted),
            "Write the protocol down",
            "A signed protocol",
            ActionOwner.AGENCY,
            Agency.CHILDRENS_SOCIAL_CARE,
            "Sam Social Care",
            LocalDate.of(2027, 1, 15),
            "Protocol signed by every agency"));

    SiteVisitor other = users.signedIn(url(""), users.givenAccount("Otto Other"));
    String otherBenchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(other, "Other Data Partnership", Map.of());
    otherPartnershipId = UUID.fromString(otherBenchmark.split("/")[2]);

    response = coordinator.getBytes("/partnerships/" + partnershipId + "/data.json");
    json = JsonMapper.builder().build().readTree(response.body());
  }

  @Test
  void dataFile_isAnAttachment_sayingWhatItIs_andWhenItWasMade() {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"partnership-data-"
                + "eastshire-data-partnership-"
                + LocalDate.now(ZoneId.of("Europe/London"))
                + ".json\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");

    assertThat(fieldNames(json))
        .startsWith(
            "format",
            "schemaVersion",
            "exportedAt",
            "service",
            "frameworkVersion",
            "partnership",
            "benchmarks",
            "checklistReviews",
            "actions",
            "actionUpdates",
            "followUpMeetings");
    assertThat(json.get("format").asString())
        .isEqualTo("missing-children-response-assessment/partnership-data");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(Instant.parse(json.get("exportedAt").asString()))
        .isBetween(Instant.now().minusSeconds(300), Instant.now());
    assertThat(json.get("frameworkVersion").asString()).isEqualTo("2026.1");
    assertThat(json.get("partnership").get("id").asString()).isEqualTo(partnershipId.toString());
    assertThat(json.get("partnership").get("name").asString()).isEqualTo(NAME);
    assertThat(json.get("partnership").get("policeForceArea").asString())
        .isEqualTo("Northshire Police");
  }

  @Test
  void dataFile_endsWithAChecksumOfEverythingElse() {
    List<String> names = fieldNames(json);
    assertThat(names.get(names.size() - 1)).isEqualTo("checksum");
    assertThat(json.get("checksum").get("algorithm").asString()).isEqualTo("SHA-256");
    assertThat(json.get("checksum").get("value").asString()).matches("[0-9a-f]{64}");
    assertThat(PartnershipDataFormat.intact((tools.jackson.databind.node.ObjectNode) json))
        .isTrue();
  }

  @Test
  void dataFile_hasEveryBenchmark_withEveryAttendeeAndAnswer() {
    JsonNode benchmarks = json.get("benchmarks");
    assertThat(ids(benchmarks))
        .containsExactlyInAnyOrderElementsOf(
            strings("SELECT id FROM benchmark WHERE partnership_id = ?"));
    assertThat(benchmarks.get(0).get("meetingDate").asString())
        .as("oldest first, ISO dates")
        .isEqualTo("2026-11-02");
    assertThat(benchmarks.get(0).get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(benchmarks.get(1).get("status").asString()).isEqualTo("IN_PROGRESS");

    List<JsonNode> answers = children(benchmarks, "answers");
    assertThat(ids(answers))
        .hasSize(27)
        .containsExactlyInAnyOrderElementsOf(
            strings(
                "SELECT a.id FROM benchmark_answer a JOIN benchmark b ON b.id = a.benchmark_id WHERE b.partnership_id = ?"));
    assertThat(answers)
        .anySatisfy(
            answer -> {
              assertThat(answer.get("questionId").asString()).isEqualTo("Q03");
              assertThat(answer.get("answer").asString()).isEqualTo("yes");
              assertThat(answer.get("notes").asString()).isEqualTo("Notes for Q03");
              assertThat(answer.get("actionsArising").asString())
                  .isEqualTo("Write the protocol down");
            });
    assertThat(answers)
        .anySatisfy(answer -> assertThat(answer.get("answer").asString()).isEqualTo("no"));

    List<JsonNode> attendees = children(benchmarks, "attendees");
    assertThat(ids(attendees))
        .hasSize(3)
        .containsExactlyInAnyOrderElementsOf(
            strings(
                "SELECT a.id FROM benchmark_attendee a JOIN benchmark b ON b.id = a.benchmark_id WHERE b.partnership_id = ?"));
    assertThat(attendees)
        .extracting(a -> a.get("name").asString() + " / " + a.get("agency").asString())
        .contains("Pat Police / POLICE", "Eli Education / EDUCATION");
  }

  @Test
  void dataFile_hasEveryChecklistReview_withEveryAttendeeAndRating() {
    JsonNode reviews = json.get("checklistReviews");
    assertThat(ids(reviews))
        .containsExactlyInAnyOrderElementsOf(
            strings("SELECT id FROM checklist_review WHERE partnership_id = ?"));
    List<JsonNode> ratings = children(reviews, "ratings");
    assertThat(ids(ratings))
        .hasSize(4)
        .containsExactlyInAnyOrderElementsOf(
            strings(
                "SELECT r.id FROM checklist_item_rating r JOIN checklist_review c ON c.id = r.review_id WHERE c.partnership_id = ?"));
    assertThat(ratings)
        .anySatisfy(
            rating -> {
              assertThat(rating.get("itemId").asString()).isEqualTo("T05-G02");
              assertThat(rating.get("extent").asString()).isEqualTo("not_applicable");
              assertThat(rating.get("reason").asString()).isEqualTo("No placements here");
            });
    assertThat(ratings)
        .anySatisfy(
            rating -> {
              assertThat(rating.get("itemId").asString()).isEqualTo("T05-R01");
              assertThat(rating.get("impact").asString()).isEqualTo("high");
              assertThat(rating.get("evidence").asString()).isEqualTo("No offer is made");
            });
    assertThat(ids(children(reviews, "attendees")))
        .containsExactlyInAnyOrderElementsOf(
            strings(
                "SELECT a.id FROM checklist_review_attendee a JOIN checklist_review c ON c.id = a.review_id WHERE c.partnership_id = ?"));
  }

  @Test
  void dataFile_hasEveryAction_withItsSourceOwnerAndDates() {
    JsonNode actions = json.get("actions");
    assertThat(ids(actions))
        .hasSize(3)
        .containsExactlyInAnyOrderElementsOf(
            strings("SELECT id FROM partnership_action WHERE partnership_id = ?"));
    JsonNode first = actions.get(0);
    assertThat(first.get("title").asString()).isEqualTo("Write the protocol down");
    assertThat(first.get("source").asString()).isEqualTo("STAGE_ONE_QUESTION");
    assertThat(first.get("sourceId").asString()).isEqualTo("Q03");
    assertThat(first.get("owner").asString()).isEqualTo("AGENCY");
    assertThat(first.get("agency").asString()).isEqualTo("CHILDRENS_SOCIAL_CARE");
    assertThat(first.get("dueDate").asString()).isEqualTo("2027-01-15");
    assertThat(first.get("reference").asString())
        .isEqualTo(first.get("id").asString().substring(0, 8).toUpperCase());
    assertThat(first.get("status").asString()).isEqualTo("NOT_STARTED");
    assertThat(Instant.parse(first.get("createdAt").asString())).isBefore(Instant.now());
  }

  /** Two updates of the action, the second at a follow-up meeting with an attendee. */
  private void givenHistory(
      PartnershipContext context, uk.missingchildren.response.action.Action action) {
    actions.update(
        context,
        action.id(),
        new uk.missingchildren.response.action.ActionChange(
            "Referral form agreed",
            uk.missingchildren.response.action.ActionStatus.IN_PROGRESS,
            null,
            null,
            action.owner(),
            action.agency(),
            action.leadPerson(),
            null,
            action.dueDate(),
            null),
        action.version(),
        null);
    var meeting =
        followUps.start(
            context,
            new uk.missingchildren.response.meeting.MeetingDetails(
                LocalDate.of(2026, 12, 14), "Fran Facilitator", "Nat Notes"),
            uk.missingchildren.response.followup.FollowUpScope.ALL_OPEN,
            null);
    attendees.add(
        context,
        kinds.at("follow-ups"),
        meeting.id(),
        AttendeeForm.of("Pat Police", Agency.POLICE, null));
    var current = actions.action(context, action.id());
    actions.update(
        context,
        action.id(),
        new uk.missingchildren.response.action.ActionChange(
            null,
            uk.missingchildren.response.action.ActionStatus.CLOSED,
            "Referrals counted every month",
            uk.missingchildren.response.action.ImpactRating.SOME,
            current.owner(),
            current.agency(),
            current.leadPerson(),
            null,
            current.dueDate(),
            null),
        current.version(),
        meeting.id());
  }

  @Test
  void dataFile_hasEveryActionUpdate_andEveryFollowUpMeetingWithItsAttendees() {
    JsonNode updates = json.get("actionUpdates");
    assertThat(ids(updates))
        .hasSize(2)
        .containsExactlyInAnyOrderElementsOf(
            strings("SELECT id FROM action_update WHERE partnership_id = ?"));
    assertThat(updates.get(0).get("progress").asString()).isEqualTo("Referral form agreed");
    assertThat(updates.get(1).get("statusAfter").asString()).isEqualTo("CLOSED");
    assertThat(updates.get(1).get("impactRating").asString()).isEqualTo("SOME");
    JsonNode meetings = json.get("followUpMeetings");
    assertThat(ids(meetings))
        .containsExactlyInAnyOrderElementsOf(
            strings("SELECT id FROM follow_up_meeting WHERE partnership_id = ?"));
    assertThat(updates.get(1).get("meetingId").asString())
        .isEqualTo(meetings.get(0).get("id").asString());
    assertThat(ids(children(meetings, "attendees")))
        .containsExactlyInAnyOrderElementsOf(
            strings(
                "SELECT a.id FROM follow_up_attendee a JOIN follow_up_meeting m ON m.id = a.meeting_id WHERE m.partnership_id = ?"));
  }

  @Test
  void dataFile_holdsNothingOfAnotherPartnership_andNoAccountDetails() {
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    for (String id :
        strings("SELECT id FROM benchmark WHERE partnership_id = ?", otherPartnershipId)) {
      assertThat(text).doesNotContain(id);
    }
    assertThat(text)
        .doesNotContain(
            "Other Data Partnership",
            otherPartnershipId.toString(),
            "@example.org",
            "password",
            "createdBy",
            "updatedBy");
  }

  private List<String> strings(String sql) {
    return strings(sql, partnershipId);
  }

  private List<String> strings(String sql, UUID partnership) {
    return jdbc.queryForList(sql, Object.class, partnership).stream().map(String::valueOf).toList();
  }

  private static List<JsonNode> children(JsonNode records, String field) {
    List<JsonNode> all = new ArrayList<>();
    records.forEach(record -> record.get(field).forEach(all::add));
    return all;
  }

  private static Set<String> ids(Iterable<JsonNode> records) {
    List<String> ids = new ArrayList<>();
    records.forEach(record -> ids.add(record.get("id").asString()));
    assertThat(ids).as("no record twice").doesNotHaveDuplicates();
    return ids.stream().collect(Collectors.toSet());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
