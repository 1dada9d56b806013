package uk.missingchildren.response.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.agencyviews.ViewsSubject;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.time.UkTime;

/** Starting, reading and completing a partnership's checklist reviews, round by round. */
@Service
public class ReviewService {

  private final Reviews reviews;
  private final ReviewRatings ratings;
  private final ReviewRecords records;
  private final ReviewAttendees attendees;
  private final FrameworkCatalogue catalogue;
  private final AuditLog audit;
  private final Clock clock;

  private final ReviewViewsMeeting viewsMeeting;

  ReviewService(
      Reviews reviews,
      ReviewRatings ratings,
      ReviewRecords records,
      ReviewAttendees attendees,
      FrameworkCatalogue catalogue,
      AuditLog audit,
      Clock clock,
      ReviewViewsMeeting viewsMeeting) {
    this.viewsMeeting = viewsMeeting;
    this.reviews = reviews;
    this.ratings = ratings;
    this.records = records;
    this.attendees = attendees;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The review of a view already read, as the agencies' views see it; reads nothing. */
  public ViewsSubject viewsSubject(PartnershipContext context, ReviewView view) {
    return viewsMeeting.subjectOf(context, view);
  }

  /** Every review of the partnership, by area and newest round first. */
  @Transactional(readOnly = true)
  public List<Review> reviews(PartnershipContext context) {
    return reviews.findByPartnershipIdOrderByThemeIdAscRoundDesc(context.partnershipId());
  }

  /**
   * Starts the next round of one area's checklist on the current framework, or returns the round
   * already in progress. Starting from the last round copies its ratings and evidence, for the
   * group to confirm or change.
   */
  @Transactional
  public UUID start(PartnershipContext context, StartReview start) {
    return startOn(context, start, catalogue.current().version());
  }

  /**
   * Starts the next round on a given framework version rather than the current one: for records of
   * meetings held before the current version was published, such as the demonstration's history.
   */
  @Transactional
  public UUID startOn(PartnershipContext context, StartReview start, String version) {
    context.requireEditor();
    Framework framework =
        catalogue
            .version(version)
            .orElseThrow(() -> new IllegalArgumentException("No framework version " + version));
    Theme theme = framework.theme(start.themeSlug()).orElseThrow(ReviewNotFoundException::new);
    List<Review> earlier =
        reviews.findByPartnershipIdAndThemeIdOrderByRoundDesc(context.partnershipId(), theme.id());
    Review last = earlier.isEmpty() ? null : earlier.get(0);
    if (last != null && !last.completed()) {
      // One round at a time: a second press of "Start", or a colleague starting too, joins this
      // one.
      return last.id();
    }
    Review review =
        reviews.saveAndFlush(
            new Review(
                context.partnershipId(),
                framework.version(),
                theme.id(),
                last == null ? 1 : last.round() + 1,
                start.details(),
                start.fromLastRound() && last != null ? last.id() : null,
                context.accountId(),
                clock.instant()));
    if (review.startedFrom() != null) {
      copyRatings(last, review, framework, theme, context);
    }
    audit.record(
        ReviewRecords.actor(context),
        context.partnershipId(),
        "CHECKLIST_REVIEW_STARTED",
        ReviewRecords.describe(review),
        "framework "
            + framework.version()
            + (review.startedFrom() == null ? "" : ", starting from round " + last.round()));
    return review.id();
  }

  /**
   * Items still in the checklist keep their rating. A retired item's rating goes to the item that
   * replaced it in this checklist, unless that item has a rating of its own; other retired items
   * stay with the old round.
   */
  private void copyRatings(
      Review from, Review to, Framework framework, Theme theme, PartnershipContext context) {
    List<String> active = theme.checklist().activeItems().stream().map(i -> i.id()).toList();
    Map<String, ReviewRating> carried = new LinkedHashMap<>();
    List<ReviewRating> earlier = ratings.findByReviewId(from.id());
    for (ReviewRating old : earlier) {
      if (active.contains(old.itemId())) {
        carried.put(old.itemId(), old);
      }
    }
    for (ReviewRating old : earlier) {
      framework.items().stream()
          .filter(item -> item.id().equals(old.itemId()) && !item.active())
          .map(item -> item.replacedBy())
          .filter(replacement -> replacement != null && active.contains(replacement))
          .findFirst()
          .ifPresent(replacement -> carried.putIfAbsent(replacement, old));
    }
    carried.forEach(
        (itemId, old) -> {
          ReviewRating copy = new ReviewRating(to.id(), itemId);
          copy.record(old.draft(), context.accountId(), clock.instant());
          ratings.save(copy);
        });
  }

  /** Today in the UK, for checking meeting dates. */
  @uk.missingchildren.response.shared.access.CheckedWithoutContext("reads only the clock")
  public java.time.LocalDate today() {
    return UkTime.today(clock);
  }

  /**
   * For each area, in the order given, what to do next with its checklist: start it, continue the
   * round in progress, or start the next round. One read, however many areas.
   */
  @Transactional(readOnly = true)
  public List<ChecklistNextStep> nextSteps(PartnershipContext context, List<Theme> themes) {
    java.util.Map<String, Review> latest = latestRounds(context);
    return themes.stream()
        .map(theme -> ChecklistNextStep.of(context.partnershipId(), theme, latest))
        .toList();
  }

  /** The latest round of each area's checklist, by theme id; areas never reviewed are absent. */
  @Transactional(readOnly = true)
  public java.util.Map<String, Review> latestRounds(PartnershipContext context) {
    java.util.Map<String, Review> latest = new java.util.HashMap<>();
    for (Review review : reviews(context)) {
      latest.merge(review.themeId(), review, (a, b) -> a.round() >= b.round() ? a : b);
    }
    return latest;
  }

  @Transactional
  public void changeMeeting(PartnershipContext context, UUID reviewId, MeetingDetails details) {
    context.requireEditor();
    Review review = records.review(context, reviewId);
    String before = review.meetingDate() + ", " + review.facilitator() + ", " + review.noteTaker();
    review.change(details);
    audit.record(
        ReviewRecords.actor(context),
        context.partnershipId(),
        "CHECKLIST_REVIEW_DETAILS_CHANGED",
        ReviewRecords.describe(review),
        before
            + " -> "
            + details.meetingDate()
            + ", "
            + details.facilitator()
            + ", "
            + details.noteTaker());
  }

  @Transactional(readOnly = true)
  public ReviewView view(PartnershipContext context, UUID reviewId) {
    return records.view(records.review(context, reviewId));
  }

  /** Who was at the review's meeting, in the order they were added; readable by every member. */
  @Transactional(readOnly = true)
  public List<ReviewAttendee> attendees(PartnershipContext context, UUID reviewId) {
    return attendees.findByReviewIdOrderByAddedAtAscIdAsc(records.review(context, reviewId).id());
  }

  /**
   * @throws ReviewIncompleteException naming the items still without a full rating
   */
  @Transactional
  public void complete(PartnershipContext context, UUID reviewId) {
    context.requireEditor();
    Review review = records.review(context, reviewId);
    review.complete(records.view(review).unrated(), context.accountId(), clock.instant());
    audit.record(
        ReviewRecords.actor(context),
        context.partnershipId(),
        "CHECKLIST_REVIEW_COMPLETED",
        ReviewRecords.describe(review),
        null);
  }
}
