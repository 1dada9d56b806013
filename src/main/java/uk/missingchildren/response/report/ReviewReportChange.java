package uk.missingchildren.response.report;

import java.util.Objects;
import uk.missingchildren.response.review.ItemRating;

/**
 * How one item moved between two rounds of a checklist review, judged by its extent score alone:
 * better met when the score went up, less well met when it went down. A changed impact, or a move
 * between options with the same score (such as "Not met" to "Don't know"), is no change in score.
 * An item that did not apply in exactly one of the rounds, or was not rated in the earlier one, has
 * no score to compare.
 */
public enum ReviewReportChange {
  IMPROVED,
  WORSE,
  UNCHANGED,
  NOT_COMPARED;

  /**
   * @param before the item's rating in the previous round, or null if it had none
   * @param after the item's rating in this round
   */
  public static ReviewReportChange between(ItemRating before, ItemRating after) {
    if (before == null || before.extent() == null || after.extent() == null) {
      return NOT_COMPARED;
    }
    Integer was = before.extent().score();
    Integer now = after.extent().score();
    if (was == null || now == null) {
      return was == null && now == null ? UNCHANGED : NOT_COMPARED;
    }
    return now > was ? IMPROVED : now < was ? WORSE : UNCHANGED;
  }

  /**
   * Whether the group chose a different extent or impact option, whatever that did to the score.
   */
  public static boolean ratingChanged(ItemRating before, ItemRating after) {
    return before != null
        && (!Objects.equals(value(before.extent()), value(after.extent()))
            || !Objects.equals(value(before.impact()), value(after.impact())));
  }

  public String messageKey() {
    return "report.review.change." + name();
  }

  private static String value(uk.missingchildren.response.framework.ScaleOption option) {
    return option == null ? null : option.value();
  }
}
