package uk.missingchildren.response.followup;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.missingchildren.response.shared.forms.DateInput;

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
    return DateInput.date(nextDay, nextMonth, nextYear);
  }

  /** Blank is fine (no date set yet); anything typed must be a real date after this meeting. */
  void validate(Errors errors, LocalDate meetingDate) {
    Optional<DateInput.Problem> problem = DateInput.problem(nextDay, nextMonth, nextYear);
    if (problem.isEmpty()) {
      if (!getNextMeetingDate().isAfter(meetingDate)) {
        errors.rejectValue("nextMeetingDate", "followUp.error.nextNotAfter");
      } else if (getNextMeetingDate().isAfter(meetingDate.plusYears(2))) {
        errors.rejectValue("nextMeetingDate", "followUp.error.nextTooFar");
      }
    } else if (problem.get() != DateInput.Problem.MISSING) {
      errors.rejectValue("nextMeetingDate", "followUp.error.next" + problem.get().suffix());
    }
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
