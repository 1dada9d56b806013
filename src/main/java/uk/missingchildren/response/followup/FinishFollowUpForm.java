package uk.missingchildren.response.followup;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * The date of the next follow-up meeting, if the group has set one, as the GOV.UK date input's
 * three boxes.
 */
public class FinishFollowUpForm {

  private String nextDay;
  private String nextMonth;
  private String nextYear;

  /** The date typed, or null when it is left blank, incomplete or not a real date. */
  public LocalDate getNextMeetingDate() {
    try {
      return LocalDate.of(
          Integer.parseInt(nextYear.strip()),
          Integer.parseInt(nextMonth.strip()),
          Integer.parseInt(nextDay.strip()));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** Blank is fine (no date set yet); anything typed must be a real date after this meeting. */
  void validate(Errors errors, LocalDate meetingDate) {
    boolean noDay = blank(nextDay);
    boolean noMonth = blank(nextMonth);
    boolean noYear = blank(nextYear);
    if (noDay && noMonth && noYear) {
      return;
    }
    if (noDay || noMonth || noYear) {
      errors.rejectValue(
          "nextMeetingDate",
          noDay
              ? "followUp.error.nextNoDay"
              : noMonth ? "followUp.error.nextNoMonth" : "followUp.error.nextNoYear");
    } else if (getNextMeetingDate() == null || nextYear.strip().length() != 4) {
      errors.rejectValue("nextMeetingDate", "followUp.error.nextNotReal");
    } else if (!getNextMeetingDate().isAfter(meetingDate)) {
      errors.rejectValue("nextMeetingDate", "followUp.error.nextNotAfter");
    } else if (getNextMeetingDate().isAfter(meetingDate.plusYears(2))) {
      errors.rejectValue("nextMeetingDate", "followUp.error.nextTooFar");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getNextDay() {
    return nextDay;
  }

  public void setNextDay(String nextDay) {
    this.nextDay = nextDay;
  }

  public String getNextMonth() {
    return nextMonth;
  }

  public void setNextMonth(String nextMonth) {
    this.nextMonth = nextMonth;
  }

  public String getNextYear() {
    return nextYear;
  }

  public void setNextYear(String nextYear) {
    this.nextYear = nextYear;
  }
}
