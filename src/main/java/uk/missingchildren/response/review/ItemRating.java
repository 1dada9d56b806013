package uk.missingchildren.response.review;

import java.util.Optional;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.StageTwoScales;

/**
 * What a group agreed for one checklist item: how far the area meets it, the impact it has on
 * children, and, where the item does not apply, why. The gap and the priority follow from the
 * framework's scales, so content editors can change the scoring without code.
 *
 * @param extent the option chosen on the extent scale, or null if not yet rated
 * @param impact the option chosen on the impact scale, or null if not yet rated
 */
public record ItemRating(
    ChecklistItem item, ScaleOption extent, ScaleOption impact, String reason) {

  /** Checks a rating against the scales: the answer to "not applicable" must say why. */
  public static Optional<Problem> problemWith(
      StageTwoScales scales, String extentValue, String impactValue, String reason) {
    Optional<ScaleOption> extent = option(scales.extent().stream(), extentValue);
    if (extentValue != null && extent.isEmpty()) {
      return Optional.of(Problem.EXTENT_NOT_ON_SCALE);
    }
    if (impactValue != null && option(scales.impact().stream(), impactValue).isEmpty()) {
      return Optional.of(Problem.IMPACT_NOT_ON_SCALE);
    }
    if (extent.filter(ScaleOption::needsReason).isPresent()
        && (reason == null || reason.isBlank())) {
      return Optional.of(Problem.REASON_MISSING);
    }
    return Optional.empty();
  }

  private static Optional<ScaleOption> option(
      java.util.stream.Stream<ScaleOption> options, String value) {
    return value == null
        ? Optional.empty()
        : options.filter(o -> o.value().equals(value)).findFirst();
  }

  /** Whether the item leaves the score: it does not apply here (the option carries no score). */
  public boolean notApplicable() {
    return extent != null && extent.score() == null;
  }

  /** Scored nothing: not met, or nobody knew. Either is a gap a required item must not have. */
  public boolean notMet() {
    return extent != null && !notApplicable() && extent.score() == 0;
  }

  /**
   * A required item whose rating the framework puts before every other item (by default, not met or
   * not known; in a framework that says so, anything short of fully met).
   */
  public boolean requiredGap(StageTwoScales scales) {
    return item.section() == SectionKind.REQUIRED && scales.putsRequiredFirst(extent);
  }

  /** Rated "Don't know": a gap, but not the same as "Not met", and never called one. */
  public boolean unknown() {
    return extent != null && extent.unknown();
  }

  /**
   * How far from fully met: the top extent score less this one; "don't know" counts as the whole
   * way.
   */
  public int gap(StageTwoScales scales) {
    if (extent == null || notApplicable()) {
      return 0;
    }
    return maxScore(scales) - extent.score();
  }

  /** Gap times impact: the larger, the sooner it should be acted on. Zero until both are rated. */
  public int priority(StageTwoScales scales) {
    if (impact == null || impact.score() == null) {
      return 0;
    }
    return gap(scales) * impact.score();
  }

  public boolean rated() {
    return extent != null && (notApplicable() || impact != null);
  }

  private static int maxScore(StageTwoScales scales) {
    return scales.extent().stream()
        .map(ScaleOption::score)
        .filter(s -> s != null)
        .max(Integer::compare)
        .orElse(0);
  }

  /** Why a rating cannot be saved as it stands. */
  public enum Problem {
    EXTENT_NOT_ON_SCALE,
    IMPACT_NOT_ON_SCALE,
    REASON_MISSING
  }
}
