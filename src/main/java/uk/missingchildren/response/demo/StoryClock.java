package uk.missingchildren.response.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the demo profile. It keeps the real time, except while Eastmoor's story is
 * told at start-up: then it is moved back to each meeting's day, so every date the services record
 * (set, updated, submitted, reminded) is where it would be had the story really happened, and the
 * rules that depend on today (a due date not in the past when set) hold as they did then. Time goes
 * on flowing from wherever it is put.
 */
final class StoryClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  void travelTo(Instant moment) {
    offset = Duration.between(Instant.now(), moment);
  }

  void backToNow() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
