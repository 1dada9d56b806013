package uk.missingchildren.response.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.missingchildren.response.framework.Checklist;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.StageTwoScales;

/**
 * The summary of one checklist review: how many items in each section got each rating, the grid of
 * extent against impact, and the items in the order to act on them. Required items that are not met
 * come first, whatever their impact, because guidance and national protocols require them.
 */
public record ReviewSummary(
    Map<SectionKind, Map<String, Long>> countsBySection,
    Map<String, Map<String, Long>> extentByImpact,
    List<ItemRating> priorities) {

  public static ReviewSummary of(
      Checklist checklist, StageTwoScales scales, Map<String, ItemRating> ratings) {
    List<ItemRating> all =
        checklist.activeItems().stream()
            .map(item -> ratings.getOrDefault(item.id(), new ItemRating(item, null, null, null)))
            .toList();
    return new ReviewSummary(
        countsBySection(checklist, scales, all),
        grid(scales, all),
        priorities(checklist, scales, all));
  }

  private static Map<SectionKind, Map<String, Long>> countsBySection(
      Checklist checklist, StageTwoScales scales, List<ItemRating> all) {
    Map<SectionKind, Map<String, Long>> counts = new LinkedHashMap<>();
    for (SectionKind section : SectionKind.values()) {
      Map<String, Long> bySection = new LinkedHashMap<>();
      scales.extent().forEach(option -> bySection.put(option.value(), 0L));
      bySection.put(NOT_RATED, 0L);
      all.stream()
          .filter(r -> r.item().section() == section)
          .forEach(
              r ->
                  bySection.merge(
                      r.extent() == null ? NOT_RATED : r.extent().value(), 1L, Long::sum));
      counts.put(section, bySection);
    }
    return counts;
  }

  /**
   * Rows are impact options, columns extent options with a score; not applicable leaves the grid.
   */
  private static Map<String, Map<String, Long>> grid(StageTwoScales scales, List<ItemRating> all) {
    Map<String, Map<String, Long>> grid = new LinkedHashMap<>();
    for (ScaleOption impact : scales.impact()) {
      Map<String, Long> row = new LinkedHashMap<>();
      scales.extent().stream()
          .filter(e -> e.score() != null)
          .forEach(
              extent ->
                  row.put(
                      extent.value(),
                      all.stream()
                          .filter(r -> same(r.impact(), impact) && same(r.extent(), extent))
                          .count()));
      grid.put(impact.value(), row);
    }
    return grid;
  }

  private static List<ItemRating> priorities(
      Checklist checklist, StageTwoScales scales, List<ItemRating> all) {
    List<String> itemOrder = checklist.items().stream().map(item -> item.id()).toList();
    Comparator<ItemRating> requiredGapsFirst =
        Comparator.comparing((ItemRating r) -> !r.requiredGap(scales));
    return all.stream()
        .filter(r -> r.priority(scales) > 0 || r.requiredGap(scales))
        .sorted(
            requiredGapsFirst
                .thenComparing(
                    Comparator.comparingInt((ItemRating r) -> r.priority(scales)).reversed())
                .thenComparingInt(r -> r.item().section().ordinal())
                .thenComparingInt(r -> itemOrder.indexOf(r.item().id())))
        .toList();
  }

  private static boolean same(ScaleOption chosen, ScaleOption option) {
    return chosen != null && chosen.value().equals(option.value());
  }

  /** The column for items not yet rated. */
  public static final String NOT_RATED = "not_rated";
}
