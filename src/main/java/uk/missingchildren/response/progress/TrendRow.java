package uk.missingchildren.response.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;

/**
 * One area across every benchmark, oldest first: its score in each (null where it was not rated),
 * and how its rating moved from the first benchmark that rated it to the last.
 */
record TrendRow(Theme theme, List<AreaScore> scores, List<RatingBand> bands) {

  /** Each score's rating's place among the bands, best first; null where there is none. */
  List<Integer> ranks() {
    List<Integer> ranks = new ArrayList<>();
    for (AreaScore score : scores) {
      int rank = score == null ? -1 : RatingStyle.rank(bands, score.band().id());
      ranks.add(rank < 0 ? null : rank);
    }
    return ranks;
  }

  public Direction sinceFirst() {
    List<Integer> rated = ranks().stream().filter(Objects::nonNull).toList();
    return rated.size() < 2
        ? Direction.NOT_COMPARED
        : Direction.ofRanks(rated.get(0), rated.get(rated.size() - 1));
  }

  TrendChart.Row chartRow() {
    return new TrendChart.Row(theme.shortTitle(), ranks());
  }
}
