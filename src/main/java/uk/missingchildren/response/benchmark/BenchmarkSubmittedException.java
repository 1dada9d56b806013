package uk.missingchildren.response.benchmark;

import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingLockedException;

/** A change was attempted on a submitted benchmark; a coordinator must reopen it first. */
public class BenchmarkSubmittedException extends MeetingLockedException {

  private final String benchmarkPath;

  BenchmarkSubmittedException(UUID partnershipId, UUID benchmarkId) {
    super("This benchmark has been submitted; reopen it to change it");
    this.benchmarkPath = BenchmarkPages.path(partnershipId, benchmarkId);
  }

  /** The benchmark's overview, which says it was submitted and who can reopen it. */
  @Override
  public String whereToGo() {
    return benchmarkPath + "?locked";
  }
}
