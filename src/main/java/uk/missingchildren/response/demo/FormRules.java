package uk.missingchildren.response.demo;

import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;

/**
 * Holds the forms the story fills in to the rules their pages apply (the field constraints, and the
 * meeting date rules), so the demonstration is only ever data a person could have entered.
 */
@Component
@Profile("demo")
class FormRules {

  private final SpringValidatorAdapter fieldRules;

  FormRules(jakarta.validation.Validator fieldRules) {
    this.fieldRules = new SpringValidatorAdapter(fieldRules);
  }

  /** The form, once it passes its field constraints and any further validators. */
  <T> T check(T form, Validator... more) {
    Errors errors = new BeanPropertyBindingResult(form, "form");
    fieldRules.validate(form, errors);
    for (Validator validator : more) {
      validator.validate(form, errors);
    }
    if (errors.hasErrors()) {
      throw new IllegalStateException(
          "The demonstration's "
              + form.getClass().getSimpleName()
              + " breaks its page's rules: "
              + errors.getAllErrors().stream().map(error -> error.getCode()).toList());
    }
    return form;
  }

  /** A meeting's details, typed in on the day of the meeting. */
  <T extends MeetingDetailsForm> T meeting(
      T form, LocalDate date, String facilitator, String noteTaker) {
    form.setMeetingDay(String.valueOf(date.getDayOfMonth()));
    form.setMeetingMonth(String.valueOf(date.getMonthValue()));
    form.setMeetingYear(String.valueOf(date.getYear()));
    form.setFacilitator(facilitator);
    form.setNoteTaker(noteTaker);
    return check(form, new MeetingDetailsValidator(date));
  }
}
