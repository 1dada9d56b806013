package uk.missingchildren.response.agencyviews;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.missingchildren.response.shared.forms.DateInput;

/** The date views are due by, as the three boxes of the GOV.UK date input. */
public class DueDateForm {

  private String dueDay;
  private String dueMonth;
  private String dueYear;

  static DueDateForm of(LocalDate date) {
    DueDateForm form = new DueDateForm();
    form.fill(date);
    return form;
  }

  void fill(LocalDate date) {
    dueDay = String.valueOf(date.getDayOfMonth());
    dueMonth = String.valueOf(date.getMonthValue());
    dueYear = String.valueOf(date.getYear());
  }

  /** The date typed, or null when it is incomplete or not a real date. */
  public LocalDate getDueDate() {
    return DateInput.date(dueDay, dueMonth, dueYear);
  }

  /**
   * The GOV.UK date input's rules: say which part is missing, or that the date is not real; views
   * can be due from today to six months ahead.
   */
  void check(Errors errors, LocalDate today) {
    Optional<DateInput.Problem> problem = DateInput.problem(dueDay, dueMonth, dueYear);
    if (problem.isPresent()) {
      errors.rejectValue("dueDate", "views.error.date" + problem.get().suffix());
    } else if (getDueDate().isBefore(today)) {
      errors.rejectValue("dueDate", "views.error.datePast");
    } else if (getDueDate().isAfter(today.plusMonths(6))) {
      errors.rejectValue("dueDate", "views.error.dateTooFar");
    }
  }

  public String getDueDay() {
    return dueDay;
  }

  public void setDueDay(String dueDay) {
    this.dueDay = dueDay;
  }

  public String getDueMonth() {
    return dueMonth;
  }

  public void setDueMonth(String dueMonth) {
    this.dueMonth = dueMonth;
  }

  public String getDueYear() {
    return dueYear;
  }

  public void setDueYear(String dueYear) {
    this.dueYear = dueYear;
  }
}
