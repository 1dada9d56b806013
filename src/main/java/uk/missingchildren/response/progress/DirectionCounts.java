package uk.missingchildren.response.progress;

import java.util.stream.Stream;

/** A comparison's counts: how many of the things compared moved each way. */
public interface DirectionCounts {

  /** Which way each thing compared moved. */
  Stream<Direction> directions();

  default long improved() {
    return count(Direction.IMPROVED);
  }

  default long worse() {
    return count(Direction.WORSE);
  }

  default long same() {
    return count(Direction.SAME);
  }

  default long notCompared() {
    return count(Direction.NOT_COMPARED);
  }

  private long count(Direction direction) {
    return directions().filter(each -> each == direction).count();
  }
}
