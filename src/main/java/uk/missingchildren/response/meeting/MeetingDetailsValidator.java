package uk.missingchildren.response.meeting;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * For any meeting (benchmark or checklist review): the GOV.UK date input rules: say which part is
 * missing, or that the date is not real. A meeting can be recorded for a date in the past, or up to
 * a year ahead for one being planned.
 */
public final class MeetingDetailsValidator implements Validator {

  private final LocalDate today;

  public MeetingDetailsValidator(LocalDate today) {
    this.today = today;
  }

  @Override
  public boolean supports(Class<?> type) {
    return MeetingDetailsForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    MeetingDetailsForm form = (MeetingDetailsForm) target;
    boolean noDay = blank(form.getMeetingDay());
    boolean noMonth = blank(form.getMeetingMonth());
    boolean noYear = blank(form.getMeetingYear());
    if (noDay && noMonth && noYear) {
      errors.rejectValue("meetingDate", "meeting.error.dateMissing");
    } else if (noDay || noMonth || noYear) {
      errors.rejectValue(
          "meetingDate",
          noDay
              ? "meeting.error.dateNoDay"
              : noMonth ? "meeting.error.dateNoMonth" : "meeting.error.dateNoYear");
    } else if (form.getMeetingDate() == null || form.getMeetingYear().strip().length() != 4) {
      errors.rejectValue("meetingDate", "meeting.error.dateNotReal");
    } else if (form.getMeetingDate().isAfter(today.plusYears(1))) {
      errors.rejectValue("meetingDate", "meeting.error.dateTooFar");
    } else if (form.getMeetingDate().isBefore(LocalDate.of(2000, 1, 1))) {
      errors.rejectValue("meetingDate", "meeting.error.dateTooEarly");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
