package uk.missingchildren.response.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can move, so a job that depends on the date can be run on any day. It starts at the
 * real time; {@link #moveTo(LocalDate)} puts it at 9am UK time on a day. Import {@link Config} to
 * make it the application's clock.
 */
final class MovableClock extends Clock {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

  void moveTo(LocalDate day) {
    now.set(day.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant());
  }

  LocalDate today() {
    return LocalDate.ofInstant(now.get(), UK);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now.get(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Makes a {@link MovableClock} the application's clock. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Config {

    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }
}
