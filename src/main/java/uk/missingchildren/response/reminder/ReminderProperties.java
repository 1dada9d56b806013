package uk.missingchildren.response.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders about actions ({@code app.reminders}). {@code enabled}: whether the service looks for
 * reminders to send on its {@code schedule} (a cron expression, seconds first, in UK time; "-"
 * turns the schedule off); {@code daysBeforeDue}: how many days before its due date an action's
 * "due soon" reminder goes.
 */
@ConfigurationProperties("app.reminders")
public record ReminderProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("7") int daysBeforeDue,
    @DefaultValue("0 5 * * * *") String schedule) {

  public ReminderProperties {
    if (daysBeforeDue < 0) {
      throw new IllegalArgumentException(
          "app.reminders.days-before-due must be 0 or more, not " + daysBeforeDue);
    }
  }
}
