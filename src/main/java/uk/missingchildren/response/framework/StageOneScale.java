package uk.missingchildren.response.framework;

import java.util.List;

/**
 * How stage-one questions are answered and how the answers become a thematic area's rating. The
 * rating bands are checked in order; the first one an area qualifies for is its rating.
 */
public record StageOneScale(
    List<ScaleOption> answers, String ratingExplanation, List<RatingBand> bands) {

  /** A rating: reached when the area scores at least {@code minPercent} of the points available
   * and has no more than {@code maxUnknown} "don't know" answers (null means any number). */
  public record RatingBand(
      String id, String label, String description, int minPercent, Integer maxUnknown) {}
}
