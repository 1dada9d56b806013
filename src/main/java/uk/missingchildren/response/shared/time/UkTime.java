package uk.missingchildren.response.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone the service works in: a meeting's date, "today" for due and overdue actions,
 * and the hour scheduled jobs run are all judged in the UK, whatever zone the server is set to.
 */
public final class UkTime {

  /** For annotations such as {@code @Scheduled(zone = ...)}, which need a constant. */
  public static final String ZONE_ID = "Europe/London";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private UkTime() {}

  /** Today's date in the UK by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /** The UK date of an instant. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
