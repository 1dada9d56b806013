package uk.missingchildren.response.shared.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The three boxes of a GOV.UK date input, read the one way every form reads them: which part is
 * missing, or that the date is not real. Each form words the problem in its own message, whose key
 * ends with the problem's {@link Problem#suffix()}, such as {@code action.error.dueDateNoDay}.
 */
public final class DateInput {

  private DateInput() {}

  /** The date typed, or null when it is incomplete or not a real date. */
  public static LocalDate date(String day, String month, String year) {
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** What is wrong with the boxes as typed, or empty when they make a real date. */
  public static Optional<Problem> problem(String day, String month, String year) {
    boolean noDay = blank(day);
    boolean noMonth = blank(month);
    boolean noYear = blank(year);
    if (noDay && noMonth && noYear) {
      return Optional.of(Problem.MISSING);
    }
    if (noDay || noMonth || noYear) {
      return Optional.of(noDay ? Problem.NO_DAY : noMonth ? Problem.NO_MONTH : Problem.NO_YEAR);
    }
    if (date(day, month, year) == null || year.strip().length() != 4) {
      return Optional.of(Problem.NOT_REAL);
    }
    return Optional.empty();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A problem with the boxes, and the end of the key of the message that says so. */
  public enum Problem {
    MISSING("Missing"),
    NO_DAY("NoDay"),
    NO_MONTH("NoMonth"),
    NO_YEAR("NoYear"),
    NOT_REAL("NotReal");

    private final String suffix;

    Problem(String suffix) {
      this.suffix = suffix;
    }

    public String suffix() {
      return suffix;
    }
  }
}
