package uk.missingchildren.response.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.reminder.ReminderJob;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * One telling of Eastmoor's story: the day it has reached, the partnership and the actions made so
 * far. Days are counted back from today. Moving on to a later day runs the real reminders job on
 * each morning passed, as the schedule would have, so the reminders sent are the ones the story's
 * due dates earned, on the days they were earned.
 */
final class Story {

  private static final LocalTime MEETINGS_START = LocalTime.of(10, 0);
  private static final LocalTime REMINDERS_RUN = LocalTime.of(6, 5);

  private final StoryClock clock;
  private final ReminderJob reminders;
  private final LocalDate today;
  private final Map<DemoAction, UUID> actions = new EnumMap<>(DemoAction.class);
  private LocalDate reached;
  private PartnershipContext partnership;

  Story(StoryClock clock, ReminderJob reminders) {
    this.clock = clock;
    this.reminders = reminders;
    this.today = UkTime.today(clock);
  }

  /** Moves the story on to {@code daysAgo} days before today, at 10am, when its meetings start. */
  void on(int daysAgo) {
    LocalDate day = today.minusDays(daysAgo);
    if (reached != null && day.isBefore(reached)) {
      throw new IllegalStateException(
          "The story only goes forward: " + day + " is before " + reached);
    }
    runMorningRemindersUntil(day);
    clock.travelTo(day.atTime(MEETINGS_START).atZone(UkTime.ZONE).toInstant());
  }

  /** Brings the story up to now: the mornings left, then the real time, and today's reminders. */
  void end() {
    runMorningRemindersUntil(today.minusDays(1));
    clock.backToNow();
    reminders.sendDue();
  }

  private void runMorningRemindersUntil(LocalDate day) {
    LocalDate morning = reached == null ? day : reached.plusDays(1);
    for (; !morning.isAfter(day); morning = morning.plusDays(1)) {
      clock.travelTo(morning.atTime(REMINDERS_RUN).atZone(UkTime.ZONE).toInstant());
      reminders.sendDue();
      reached = morning;
    }
  }

  /** The day the story has reached. */
  LocalDate day() {
    return UkTime.today(clock);
  }

  /** A date counted from the real today, for due dates and the next meeting. */
  LocalDate fromToday(int days) {
    return today.plusDays(days);
  }

  void begin(PartnershipContext partnership) {
    this.partnership = partnership;
  }

  PartnershipContext partnership() {
    return partnership;
  }

  void set(DemoAction action, UUID id) {
    actions.put(action, id);
  }

  UUID action(DemoAction action) {
    return actions.get(action);
  }
}
