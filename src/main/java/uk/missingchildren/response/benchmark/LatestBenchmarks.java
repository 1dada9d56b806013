package uk.missingchildren.response.benchmark;

/**
 * A partnership's newest benchmark and its newest submitted one, for its home page. Either is null
 * when there is none; they are the same benchmark when the newest has been submitted.
 *
 * @param submittedCount how many benchmarks have been submitted: two or more can be compared
 */
public record LatestBenchmarks(
    BenchmarkSummary newest, BenchmarkSummary latestSubmitted, long submittedCount) {

  /** The newest benchmark when it is still being answered, or null. */
  public BenchmarkSummary inProgress() {
    return newest == null || newest.benchmark().submitted() ? null : newest;
  }
}
