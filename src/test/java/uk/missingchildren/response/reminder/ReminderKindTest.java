package uk.missingchildren.response.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderKindTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void anActionDueLaterThanTheNoticePeriod_isOwedNothingYet() {
    assertThat(ReminderKind.owed(TODAY.plusDays(8), TODAY, 7)).isEmpty();
  }

  @Test
  void anActionDueWithinTheNoticePeriodOrToday_isOwedTheDueSoonReminder() {
    assertThat(ReminderKind.owed(TODAY.plusDays(7), TODAY, 7)).contains(ReminderKind.DUE_SOON);
    assertThat(ReminderKind.owed(TODAY.plusDays(1), TODAY, 7)).contains(ReminderKind.DUE_SOON);
    assertThat(ReminderKind.owed(TODAY, TODAY, 7)).contains(ReminderKind.DUE_SOON);
    assertThat(ReminderKind.owed(TODAY, TODAY, 0)).contains(ReminderKind.DUE_SOON);
  }

  @Test
  void anActionPastItsDueDate_isOwedOnlyTheOverdueReminder() {
    assertThat(ReminderKind.owed(TODAY.minusDays(1), TODAY, 7)).contains(ReminderKind.OVERDUE);
    assertThat(ReminderKind.owed(TODAY.minusDays(90), TODAY, 7)).contains(ReminderKind.OVERDUE);
  }
}
