package uk.missingchildren.response.benchmark;

import java.util.List;

/** Submission was attempted while some questions had no answer. */
public class BenchmarkIncompleteException extends RuntimeException {

  private final List<String> unanswered;

  BenchmarkIncompleteException(List<String> unanswered) {
    super(unanswered.size() + " questions have no answer");
    this.unanswered = List.copyOf(unanswered);
  }

  public List<String> unanswered() {
    return unanswered;
  }
}
