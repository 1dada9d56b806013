package uk.missingchildren.response.progress;

import java.util.List;
import uk.missingchildren.response.benchmark.LatestBenchmarks;

/**
 * What the partnership's home page shows at a glance, for a facilitator to put on the screen at a
 * meeting: the latest ratings, how far the checklists have got and where the actions stand.
 *
 * @param ratings each area's rating in the latest submitted benchmark, in framework order; empty if
 *     none
 * @param next what to do next, most pressing first ({@link NextStep#of}); never empty
 */
public record Dashboard(
    LatestBenchmarks benchmarks,
    List<AreaRating> ratings,
    Checklists checklists,
    Actions actions,
    List<NextStep> next) {

  /**
   * Whether two or more benchmarks have been submitted, so there is something to compare and chart.
   */
  public boolean hasRoundsToCompare() {
    return benchmarks.submittedCount() >= 2;
  }

  /** An area's rating, with how it is drawn. */
  public record AreaRating(
      String slug, String title, String rating, int percent, RatingStyle style) {}

  /**
   * The current framework's checklists by their latest round: completed, in progress or never
   * started. Each checklist is counted once.
   */
  public record Checklists(long completed, long inProgress, long notStarted) {

    public long total() {
      return completed + inProgress + notStarted;
    }
  }

  /**
   * How many actions have each status, in the order of the register's filter, how many of the open
   * ones are past their due date, and how many actions proposed at stage one are still to decide.
   */
  public record Actions(List<Figure> byStatus, long overdue, long proposed) {

    public long total() {
      return byStatus.stream().mapToLong(Figure::count).sum();
    }
  }

  /** A number on the dashboard: {@code key} is the register's filter value, such as NOT_STARTED. */
  public record Figure(String key, long count) {}
}
