package uk.missingchildren.response.benchmark;

/** An answer value the benchmark's framework does not offer: only a hand-made request sends one. */
public class NotOnTheScaleException extends IllegalArgumentException {

  NotOnTheScaleException(String answer) {
    super("Not an answer on this framework's scale: " + answer);
  }
}
