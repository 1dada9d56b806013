package uk.missingchildren.response.agencyviews;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

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
    try {
      return LocalDate.of(
          Integer.parseInt(dueYear.strip()),
          Integer.parseInt(dueMonth.strip()),
          Integer.parseInt(dueDay.strip()));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /**
   * The GOV.UK date input's rules: say which part is missing, or that the date is not real; views
   * can be due from today to six months ahead.
   */
  void check(Errors errors, LocalDate today) {
    boolean noDay = blank(dueDay);
    boolean noMonth = blank(dueMonth);
    boolean noYear = blank(dueYear);
    if (noDay && noMonth && noYear) {
      errors.rejectValue("dueDate", "views.error.dateMissing");
    } else if (noDay || noMonth || noYear) {
      errors.rejectValue(
          "dueDate",
          noDay
              ? "views.error.dateNoDay"
              : noMonth ? "views.error.dateNoMonth" : "views.error.dateNoYear");
    } else if (getDueDate() == null || dueYear.strip().length() != 4) {
      errors.rejectValue("dueDate", "views.error.dateNotReal");
    } else if (getDueDate().isBefore(today)) {
      errors.rejectValue("dueDate", "views.error.datePast");
    } else if (getDueDate().isAfter(today.plusMonths(6))) {
      errors.rejectValue("dueDate", "views.error.dateTooFar");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
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
