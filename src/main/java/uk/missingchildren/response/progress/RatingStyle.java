package uk.missingchildren.response.progress;

import java.util.List;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;

/**
 * How a stage-one rating is drawn, from its place among the framework's bands (best first), the
 * same way the stage one report draws it: the best rating green, solid and round; the worst red,
 * cross-hatched and triangular; any between yellow, striped and square. Shape and fill tell the
 * ratings apart without colour.
 *
 * @param rank the band's place, 0 for the best
 */
public record RatingStyle(int rank, String tone, String pattern, String shape) {

  public static RatingStyle of(List<RatingBand> bands, String bandId) {
    int rank = rank(bands, bandId);
    int last = bands.size() - 1;
    if (rank == 0) {
      return new RatingStyle(rank, "green", "solid", "circle");
    }
    if (rank == last) {
      return new RatingStyle(rank, "red", "crosshatch", "triangle");
    }
    return new RatingStyle(rank, "yellow", "stripes", "square");
  }

  /** The band's place among the bands, best first, or -1 if the bands have no such rating. */
  static int rank(List<RatingBand> bands, String bandId) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).id().equals(bandId)) {
        return i;
      }
    }
    return -1;
  }
}
