package uk.missingchildren.response.benchmark;

/** Where a benchmark is in its life: answers can change only while it is in progress. */
public enum BenchmarkStatus {
  IN_PROGRESS,
  SUBMITTED;

  public String messageKey() {
    return "benchmark.status." + name();
  }
}
