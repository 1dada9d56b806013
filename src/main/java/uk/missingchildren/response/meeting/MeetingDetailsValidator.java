package uk.missingchildren.response.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.missingchildren.response.shared.forms.DateInput;

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
    Optional<DateInput.Problem> problem =
        DateInput.problem(form.getMeetingDay(), form.getMeetingMonth(), form.getMeetingYear());
    if (problem.isPresent()) {
      errors.rejectValue("meetingDate", "meeting.error.date" + problem.get().suffix());
    } else if (form.getMeetingDate().isAfter(today.plusYears(1))) {
      errors.rejectValue("meetingDate", "meeting.error.dateTooFar");
    } else if (form.getMeetingDate().isBefore(LocalDate.of(2000, 1, 1))) {
      errors.rejectValue("meetingDate", "meeting.error.dateTooEarly");
    }
  }
}
