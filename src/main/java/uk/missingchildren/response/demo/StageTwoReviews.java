package uk.missingchildren.response.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.meeting.AttendeeService;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingKinds;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.RatingDraft;
import uk.missingchildren.response.review.RatingService;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.StartReview;
import uk.missingchildren.response.review.StartReviewForm;

/**
 * Eastmoor's checklist reviews: return home interviews, the first stage-one priority, rated in
 * full, with actions set and completed; and repeat missing, still priority after the second
 * benchmark, part-way through.
 */
@Component
@Profile("demo")
class StageTwoReviews {

  private static final String RETURN_HOME_INTERVIEWS = "return-home-interviews";
  private static final String REPEAT_MISSING = "repeat-missing-and-follow-up";

  /** How far each item is met and its impact, as the group agreed. */
  private static final Map<String, String> RETURN_HOME_INTERVIEW_RATINGS =
      Map.ofEntries(
          Map.entry("T05-R01", "partly_met high"),
          Map.entry("T05-R02", "not_met high"),
          Map.entry("T05-R03", "fully_met high"),
          Map.entry("T05-R04", "partly_met medium"),
          Map.entry("T05-R05", "partly_met high"),
          Map.entry("T05-R06", "not_met high"),
          Map.entry("T05-G01", "fully_met medium"),
          Map.entry("T05-G02", "partly_met medium"),
          Map.entry("T05-G03", "dont_know low"),
          Map.entry("T05-G04", "partly_met medium"),
          Map.entry("T05-G05", "not_met medium"),
          Map.entry("T05-G06", "not_met high"),
          Map.entry("T05-A01", "fully_met high"),
          Map.entry("T05-A02", "partly_met medium"),
          Map.entry("T05-A03", "partly_met high"));

  /** The items rated so far; the one not applicable has a reason instead of an impact. */
  private static final Map<String, String> REPEAT_MISSING_RATINGS_SO_FAR =
      Map.of(
          "T06-R01",
          "partly_met high",
          "T06-R02",
          "partly_met high",
          "T06-R03",
          "fully_met high",
          "T06-R04",
          "fully_met medium",
          "T06-G01",
          "partly_met high",
          "T06-G02",
          "not_met high",
          "T06-G03",
          "dont_know medium",
          "T06-A02",
          "not_applicable");

  private static final List<DemoAction> SET_AT_RETURN_HOME_INTERVIEWS =
      List.of(
          DemoAction.OUT_OF_AREA,
          DemoAction.TIMESCALE,
          DemoAction.TRAINING,
          DemoAction.FINDINGS,
          DemoAction.LEAFLET,
          DemoAction.SCHOOLS);

  private final ReviewService reviews;
  private final AttendeeService attendees;
  private final MeetingKind meetings;
  private final RatingService ratings;
  private final ActionService actions;
  private final FormRules rules;
  private final StoryText text;

  StageTwoReviews(
      ReviewService reviews,
      AttendeeService attendees,
      MeetingKinds kinds,
      RatingService ratings,
      ActionService actions,
      FormRules rules,
      StoryText text) {
    this.reviews = reviews;
    this.attendees = attendees;
    this.meetings = kinds.at("reviews");
    this.ratings = ratings;
    this.actions = actions;
    this.rules = rules;
    this.text = text;
  }

  /**
   * Every item rated, with evidence; the actions set, one of them from stage one's actions arising
   * (of {@code benchmark}, the latest submitted); then the review completed.
   */
  UUID returnHomeInterviews(Story story, UUID benchmark) {
    UUID review =
        start(
            story,
            RETURN_HOME_INTERVIEWS,
            List.of(Person.ALEX, Person.TOM, Person.HELEN, Person.GARETH, Person.JESS));
    for (ChecklistItem item : reviews.view(story.partnership(), review).items()) {
      String rating = RETURN_HOME_INTERVIEW_RATINGS.get(item.id());
      if (rating == null) {
        throw new IllegalStateException(
            "The demonstration has no rating for checklist item " + item.id());
      }
      rate(story, review, item.id(), rating, "review.rhi." + item.id());
    }
    SET_AT_RETURN_HOME_INTERVIEWS.forEach(action -> set(story, action, review, benchmark));
    reviews.complete(story.partnership(), review);
    return review;
  }

  /**
   * Started after the second benchmark, part-way through, with the panel its actions arising asked
   * for.
   */
  UUID repeatMissing(Story story, UUID benchmark) {
    UUID review =
        start(
            story,
            REPEAT_MISSING,
            List.of(Person.ALEX, Person.HELEN, Person.GARETH, Person.MINA, Person.LEON));
    REPEAT_MISSING_RATINGS_SO_FAR.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            rating ->
                rate(
                    story,
                    review,
                    rating.getKey(),
                    rating.getValue(),
                    "review.repeat." + rating.getKey()));
    set(story, DemoAction.PANEL, review, benchmark);
    return review;
  }

  private UUID start(Story story, String area, List<Person> room) {
    PartnershipContext partnership = story.partnership();
    LocalDate day = story.day();
    StartReviewForm form =
        rules.meeting(new StartReviewForm(), day, text.name(Person.PRIYA), text.name(Person.CHRIS));
    UUID review =
        reviews.startOn(
            partnership,
            new StartReview(
                area, form.getMeetingDate(), form.getFacilitator(), form.getNoteTaker(), false),
            DemoData.STORY_FRAMEWORK_VERSION);
    room.forEach(
        person -> attendees.add(partnership, meetings, review, rules.check(text.attendee(person))));
    return review;
  }

  /**
   * {@code rating} is "extent impact", or "not_applicable", whose reason is under {@code
   * key.reason}.
   */
  private void rate(Story story, UUID review, String itemId, String rating, String key) {
    String[] agreed = rating.split(" ");
    RatingDraft draft =
        agreed.length == 1
            ? new RatingDraft(agreed[0], null, text.text(key + ".reason"), null)
            : new RatingDraft(agreed[0], agreed[1], null, text.text(key));
    if (ratings.save(story.partnership(), review, itemId, draft, null).conflict()) {
      throw new IllegalStateException(
          "The demonstration's rating of " + itemId + " met a conflict");
    }
  }

  private void set(Story story, DemoAction action, UUID review, UUID benchmark) {
    boolean fromStageOne = action.source() == ActionSource.STAGE_ONE_QUESTION;
    String themeId = reviews.view(story.partnership(), review).review().themeId();
    Person lead = action.lead();
    UUID id =
        actions
            .create(
                story.partnership(),
                new NewAction(
                    themeId,
                    action.source(),
                    action.sourceId(),
                    review,
                    fromStageOne ? benchmark : null,
                    text.text(action.key() + ".title"),
                    text.text(action.key() + ".description"),
                    action.owner(),
                    action.agency(),
                    text.name(lead),
                    text.email(lead),
                    story.fromToday(action.dueInDays()),
                    text.text(action.key() + ".success")))
            .id();
    story.set(action, id);
  }
}
