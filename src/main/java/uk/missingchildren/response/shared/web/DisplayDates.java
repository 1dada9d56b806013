package uk.missingchildren.response.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.time.UkTime;

/** Dates and times as people in England and Wales read them, for templates ({@code @dates}). */
@Component("dates")
public class DisplayDates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(UkTime.ZONE));
  }

  /** A calendar date, such as a meeting's: "22 November 2026". */
  public String day(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** Such as "10:42am": for "Saved at 10:42am". */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : TIME.format(instant.atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm");
  }

  /** Such as "22 November 2026 at 10:42am", the GOV.UK style. */
  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DATE_TIME.format(instant.atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm");
  }
}
