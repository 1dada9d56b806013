package uk.missingchildren.response.partnership;

import java.util.Collection;

/**
 * The checks every restorer makes of the values in its records, each failing with the {@link
 * DataFileProblem} that names the place. Text limits are the columns' sizes: a value the database
 * would refuse is refused here first, with a message rather than a failed transaction.
 */
public final class DataFileChecks {

  /** The size of the columns that hold free text, such as notes and evidence. */
  public static final int LONG_TEXT = 65_535;

  private DataFileChecks() {}

  public static <T> T required(T value, String where) {
    if (value == null) {
      throw new DataFileProblem("restore.error.fieldMissing", where);
    }
    return value;
  }

  /** Text that must be there, not blank, and fit its column. */
  public static String requiredText(String value, int most, String where) {
    if (value == null || value.isBlank()) {
      throw new DataFileProblem("restore.error.fieldMissing", where);
    }
    return text(value, most, where);
  }

  /** Text that may be absent but must fit its column. */
  public static String text(String value, int most, String where) {
    if (value != null && value.length() > most) {
      throw new DataFileProblem("restore.error.fieldTooLong", where, most);
    }
    return value;
  }

  /** A whole number of things, 0 or more (how many times an answer was saved, say). */
  public static int count(Integer value, String where) {
    if (required(value, where) < 0) {
      throw new DataFileProblem("restore.error.notAllowed", where, value);
    }
    return value;
  }

  /** One of an enumeration's codes, as the file writes it ({@code "SUBMITTED"}). */
  public static <E extends Enum<E>> E code(Class<E> type, String value, String where) {
    required(value, where);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException notOne) {
      throw new DataFileProblem("restore.error.notAllowed", where, value);
    }
  }

  /** A value that must be one of those given (question ids of a framework version, say). */
  public static String oneOf(
      Collection<String> allowed, String value, String where, String frameworkVersion) {
    required(value, where);
    if (!allowed.contains(value)) {
      throw new DataFileProblem("restore.error.notInFramework", where, value, frameworkVersion);
    }
    return value;
  }

  /** A second record with the same key (a question answered twice in one benchmark, say). */
  public static void once(boolean added, String where) {
    if (!added) {
      throw new DataFileProblem("restore.error.duplicate", where);
    }
  }
}
