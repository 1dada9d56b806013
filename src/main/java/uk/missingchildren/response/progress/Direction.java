package uk.missingchildren.response.progress;

import uk.missingchildren.response.report.ReviewReportChange;

/**
 * Which way something moved from one round to a later one: a rating, an answer or an item's extent
 * met. {@code NOT_COMPARED} when one of the rounds has nothing to compare (the area, question or
 * item was not in it, or did not apply in only one of them).
 */
public enum Direction {
  IMPROVED,
  WORSE,
  SAME,
  NOT_COMPARED;

  /**
   * Compares two ranks on a scale listed best first (a rating band's place among the framework's
   * bands): a smaller rank is better. Null means there is no rank to compare.
   */
  static Direction ofRanks(Integer before, Integer after) {
    if (before == null || after == null) {
      return NOT_COMPARED;
    }
    return after < before ? IMPROVED : after > before ? WORSE : SAME;
  }

  /** Compares two scores where more is better (an answer's points). Null means no score. */
  static Direction ofScores(Integer before, Integer after) {
    if (before == null || after == null) {
      return NOT_COMPARED;
    }
    return after > before ? IMPROVED : after < before ? WORSE : SAME;
  }

  /**
   * The same judgement the checklist report makes between consecutive rounds, for any two rounds.
   */
  static Direction of(ReviewReportChange change) {
    return switch (change) {
      case IMPROVED -> IMPROVED;
      case WORSE -> WORSE;
      case UNCHANGED -> SAME;
      case NOT_COMPARED -> NOT_COMPARED;
    };
  }

  /**
   * The GOV.UK tag colour that goes with the words: the words, not the colour, carry the meaning.
   */
  public String tone() {
    return switch (this) {
      case IMPROVED -> "green";
      case WORSE -> "red";
      case SAME, NOT_COMPARED -> "grey";
    };
  }
}
