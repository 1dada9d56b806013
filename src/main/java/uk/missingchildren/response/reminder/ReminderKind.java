package uk.missingchildren.response.reminder;

import java.time.LocalDate;
import java.util.Optional;

/** Which moment in an action's life a reminder marks. */
public enum ReminderKind {
  /** The due date is close: within the configured number of days, or today. */
  DUE_SOON,
  /** The due date has passed and the action is still open. */
  OVERDUE;

  /**
   * The reminder an open action due on {@code dueDate} is owed on {@code today}, if any. An action
   * already overdue is owed only the overdue reminder, never a late "due soon" one.
   */
  static Optional<ReminderKind> owed(LocalDate dueDate, LocalDate today, int daysBeforeDue) {
    if (dueDate.isBefore(today)) {
      return Optional.of(OVERDUE);
    }
    if (!dueDate.isAfter(today.plusDays(daysBeforeDue))) {
      return Optional.of(DUE_SOON);
    }
    return Optional.empty();
  }

  public String messageKey() {
    return "reminder.kind." + name();
  }
}
