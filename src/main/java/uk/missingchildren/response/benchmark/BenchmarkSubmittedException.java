package uk.missingchildren.response.benchmark;

/** A change was attempted on a submitted benchmark; a coordinator must reopen it first. */
public class BenchmarkSubmittedException extends RuntimeException {

  BenchmarkSubmittedException() {
    super("This benchmark has been submitted; reopen it to change it");
  }
}
