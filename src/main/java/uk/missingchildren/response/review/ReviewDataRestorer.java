package uk.missingchildren.response.review;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.RestoredRevisions;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;
import uk.missingchildren.response.review.ReviewDataContributor.AttendeeData;
import uk.missingchildren.response.review.ReviewDataContributor.RatingData;
import uk.missingchildren.response.review.ReviewDataContributor.ReviewData;

/**
 * Brings the checklist reviews of a partnership's data file back: each round of each area, who was
 * there, and every item's rating with its evidence. A rating must be on the scales of the framework
 * version the review used ({@link ItemRating#problemWith}, as when it is saved), for an item of
 * that area's checklist, once; and an area has each round once.
 */
@Component
@Order(20)
class ReviewDataRestorer implements PartnershipDataRestorer {

  private static final int NAME = 100;
  private static final int REASON = 2000;

  private final EntityManager entities;
  private final FrameworkCatalogue catalogue;
  private final RestoredRevisions revisions;

  ReviewDataRestorer(
      EntityManager entities, FrameworkCatalogue catalogue, RestoredRevisions revisions) {
    this.entities = entities;
    this.catalogue = catalogue;
    this.revisions = revisions;
  }

  @Override
  public String section() {
    return "checklistReviews";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<ReviewData> all = section.records(ReviewData.class);
    Set<String> rounds = new HashSet<>();
    Map<UUID, Integer> revisionOf = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      ReviewData data = all.get(i);
      String at = section.at(i);
      Framework framework = framework(data.frameworkVersion(), at + ".frameworkVersion");
      Theme theme =
          framework
              .themeWithId(DataFileChecks.required(data.themeId(), at + ".themeId"))
              .orElseThrow(
                  () ->
                      new DataFileProblem(
                          "restore.error.notInFramework",
                          at + ".themeId",
                          data.themeId(),
                          framework.version()));
      if (data.round() < 1) {
        throw new DataFileProblem("restore.error.notAllowed", at + ".round", data.round());
      }
      DataFileChecks.once(rounds.add(theme.id() + "/" + data.round()), at + ".round");
      Review review =
          Review.restored(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              framework.version(),
              theme.id(),
              data.round(),
              new MeetingDetails(
                  DataFileChecks.required(data.meetingDate(), at + ".meetingDate"),
                  DataFileChecks.requiredText(data.facilitator(), NAME, at + ".facilitator"),
                  DataFileChecks.requiredText(data.noteTaker(), NAME, at + ".noteTaker")),
              DataFileChecks.code(ReviewStatus.class, data.status(), at + ".status"),
              section.restoredId(section.name(), data.startedFrom(), at + ".startedFrom"),
              DataFileChecks.required(data.createdAt(), at + ".createdAt"),
              data.completedAt());
      entities.persist(review);
      restoreAttendees(review.id(), data.attendees(), at);
      restoreRatings(review.id(), framework, theme, data.ratings(), at, revisionOf);
    }
    revisions.set("checklist_item_rating", revisionOf);
    return all.size();
  }

  private Framework framework(String version, String where) {
    DataFileChecks.required(version, where);
    return catalogue
        .version(version)
        .orElseThrow(() -> new DataFileProblem("restore.error.unknownFramework", where, version));
  }

  private void restoreAttendees(UUID reviewId, List<AttendeeData> attendees, String at) {
    for (int j = 0; j < attendees.size(); j++) {
      AttendeeData attendee = attendees.get(j);
      String where = at + ".attendees[" + j + "]";
      entities.persist(
          new ReviewAttendee(
              UUID.randomUUID(),
              reviewId,
              DataFileChecks.requiredText(attendee.name(), NAME, where + ".name"),
              DataFileChecks.required(attendee.agency(), where + ".agency"),
              DataFileChecks.text(attendee.role(), NAME, where + ".role"),
              DataFileChecks.required(attendee.addedAt(), where + ".addedAt")));
    }
  }

  private void restoreRatings(
      UUID reviewId,
      Framework framework,
      Theme theme,
      List<RatingData> ratings,
      String at,
      Map<UUID, Integer> revisionOf) {
    List<String> items = theme.checklist().items().stream().map(ChecklistItem::id).toList();
    Set<String> rated = new HashSet<>();
    for (int j = 0; j < ratings.size(); j++) {
      RatingData rating = ratings.get(j);
      String where = at + ".ratings[" + j + "]";
      String itemId =
          DataFileChecks.oneOf(items, rating.itemId(), where + ".itemId", framework.version());
      DataFileChecks.once(rated.add(itemId), where + ".itemId");
      ItemRating.problemWith(
              framework.stageTwo(), rating.extent(), rating.impact(), rating.reason())
          .ifPresent(
              problem -> {
                throw switch (problem) {
                  case EXTENT_NOT_ON_SCALE ->
                      new DataFileProblem(
                          "restore.error.notOnScale",
                          where + ".extent",
                          rating.extent(),
                          framework.version());
                  case IMPACT_NOT_ON_SCALE ->
                      new DataFileProblem(
                          "restore.error.notOnScale",
                          where + ".impact",
                          rating.impact(),
                          framework.version());
                  case REASON_MISSING ->
                      new DataFileProblem("restore.error.reasonMissing", where + ".reason");
                };
              });
      RatingDraft draft =
          new RatingDraft(
              rating.extent(),
              rating.impact(),
              DataFileChecks.text(rating.reason(), REASON, where + ".reason"),
              DataFileChecks.text(
                  rating.evidence(), DataFileChecks.LONG_TEXT, where + ".evidence"));
      ReviewRating restored =
          ReviewRating.restored(
              UUID.randomUUID(),
              reviewId,
              itemId,
              draft,
              DataFileChecks.required(rating.updatedAt(), where + ".updatedAt"));
      entities.persist(restored);
      revisionOf.put(restored.id(), DataFileChecks.count(rating.revision(), where + ".revision"));
    }
  }
}
