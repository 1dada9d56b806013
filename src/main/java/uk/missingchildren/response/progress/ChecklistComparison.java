package uk.missingchildren.response.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.VersionChanges;
import uk.missingchildren.response.report.ReviewReportChange;
import uk.missingchildren.response.review.ItemRating;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewSummary;
import uk.missingchildren.response.review.ReviewView;

/**
 * Two rounds of one area's checklist side by side: for each section, how many items got each extent
 * rating in each round, and each item's extent met in both with which way it moved. Each item is
 * judged exactly as the checklist report judges consecutive rounds ({@link ReviewReportChange}): by
 * its extent score alone.
 *
 * @param sections the later round's sections in checklist order
 */
public record ChecklistComparison(List<SectionChange> sections) implements DirectionCounts {

  public static ChecklistComparison between(ReviewView earlier, ReviewView later) {
    Map<SectionKind, Map<String, Long>> countsBefore = earlier.summary().countsBySection();
    Map<SectionKind, Map<String, Long>> countsAfter = later.summary().countsBySection();
    List<SectionChange> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      List<ItemChange> items =
          later.items().stream()
              .filter(item -> item.section() == kind)
              .map(item -> item(earlier, later, item))
              .toList();
      List<ExtentCount> counts = new ArrayList<>();
      countsAfter
          .get(kind)
          .keySet()
          .forEach(
              value ->
                  counts.add(
                      new ExtentCount(
                          value,
                          later.extentLabel(value),
                          countsBefore.get(kind).getOrDefault(value, 0L),
                          countsAfter.get(kind).get(value))));
      sections.add(new SectionChange(kind, counts, items));
    }
    return new ChecklistComparison(sections);
  }

  private static ItemChange item(ReviewView earlier, ReviewView later, ChecklistItem item) {
    ItemRating after = later.evaluated(item);
    ChecklistItem earlierItem =
        earlier.items().stream()
            .filter(other -> other.id().equals(item.id()))
            .findFirst()
            .orElse(null);
    ItemRating before = earlierItem == null ? null : earlier.evaluated(earlierItem);
    return new ItemChange(
        item,
        earlierItem,
        before,
        after,
        Direction.of(ReviewReportChange.between(before, after)),
        ReviewReportChange.ratingChanged(before, after));
  }

  /**
   * The share of a round's items that apply which are fully met (the top extent score), as a whole
   * percentage; items not yet rated count as not met. Zero when no item applies.
   */
  public static FullyMet fullyMet(ReviewView round) {
    int top =
        round.framework().stageTwo().extent().stream()
            .map(ScaleOption::score)
            .filter(s -> s != null)
            .max(Integer::compare)
            .orElse(0);
    List<ItemRating> ratings = round.items().stream().map(round::evaluated).toList();
    long applicable = ratings.stream().filter(r -> !r.notApplicable()).count();
    long fullyMet =
        ratings.stream()
            .filter(r -> r.extent() != null && Integer.valueOf(top).equals(r.extent().score()))
            .count();
    return new FullyMet(
        round.review(),
        fullyMet,
        applicable,
        applicable == 0 ? 0 : (int) Math.round(fullyMet * 100.0 / applicable));
  }

  @Override
  public Stream<Direction> directions() {
    return sections.stream()
        .flatMap(section -> section.items().stream())
        .map(ItemChange::direction);
  }

  /**
   * One section: the number of items with each extent option (and not rated) in each round, and its
   * items.
   */
  public record SectionChange(SectionKind kind, List<ExtentCount> counts, List<ItemChange> items) {}

  /**
   * How many of a section's items had one extent option in each round. {@code label} is null for
   * items not yet rated ({@link ReviewSummary#NOT_RATED}).
   */
  public record ExtentCount(String value, String label, long before, long after) {}

  /**
   * One item in both rounds; {@code before} and {@code earlierItem} (the item as the earlier
   * round's framework version worded it) are null when the item was not in the earlier round's
   * checklist. {@code ratingChanged} is true when the extent or the impact chosen is different.
   */
  public record ItemChange(
      ChecklistItem item,
      ChecklistItem earlierItem,
      ItemRating before,
      ItemRating after,
      Direction direction,
      boolean ratingChanged) {

    /** Whether the two rounds' framework versions word the item differently. */
    public boolean reworded() {
      return earlierItem != null && !VersionChanges.sameWords(earlierItem.text(), item.text());
    }
  }

  /** How many of a round's items that apply were fully met, and that as a whole percentage. */
  public record FullyMet(Review review, long fullyMet, long applicable, int percent) {}
}
