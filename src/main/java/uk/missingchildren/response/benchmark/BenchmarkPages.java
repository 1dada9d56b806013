package uk.missingchildren.response.benchmark;

import java.util.UUID;

/** Where a benchmark's pages are, for the controllers here and the features that link in. */
public final class BenchmarkPages {

  private BenchmarkPages() {}

  /** The benchmark's overview; its other pages are below it. */
  public static String path(UUID partnershipId, UUID benchmarkId) {
    return "/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId;
  }

  public static String report(UUID partnershipId, UUID benchmarkId) {
    return path(partnershipId, benchmarkId) + "/report";
  }
}
