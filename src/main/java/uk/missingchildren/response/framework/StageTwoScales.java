package uk.missingchildren.response.framework;

import java.util.List;

/**
 * The scales a checklist review uses: how far an item is met, and its impact on children; and how
 * its items are put in priority order. A required item rated with one of the {@code requiredFirst}
 * extents comes before every other item, whatever its impact; with none listed, a required item
 * comes first when its extent scores nothing (not met, or nobody knew). {@code priorityExplanation}
 * says the order in words, or is null for the service's own wording of that default.
 */
public record StageTwoScales(
    List<ScaleOption> extent,
    List<ScaleOption> impact,
    List<String> requiredFirst,
    String priorityExplanation) {

  /** Scales with the default order. */
  public StageTwoScales(List<ScaleOption> extent, List<ScaleOption> impact) {
    this(extent, impact, List.of(), null);
  }

  /**
   * Whether a required item that is only partly met comes before every other item, so "not met" is
   * the wrong word for the required items listed first.
   */
  public boolean requiredFirstIncludesPartlyMet() {
    return extent.stream()
        .anyMatch(
            option ->
                requiredFirst.contains(option.value())
                    && option.score() != null
                    && option.score() > 0);
  }

  /** Whether a required item rated with this extent comes before every other item. */
  public boolean putsRequiredFirst(ScaleOption rated) {
    if (rated == null || rated.needsReason()) {
      return false;
    }
    return requiredFirst.isEmpty()
        ? rated.score() != null && rated.score() == 0
        : requiredFirst.contains(rated.value());
  }
}
