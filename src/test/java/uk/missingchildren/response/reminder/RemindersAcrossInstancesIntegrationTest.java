package uk.missingchildren.response.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.missingchildren.response.support.ServiceInstances.baseUrl;
import static uk.missingchildren.response.support.ServiceInstances.persistentDatabase;
import static uk.missingchildren.response.support.ServiceInstances.start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.TestDatabase;

/**
 * Two instances of the service on one database run the reminders job at the same moment, again and
 * again: every reminder still goes exactly once. (Failsafe runs this on PostgreSQL as well as on
 * H2.)
 */
class RemindersAcrossInstancesIntegrationTest {

  private static final int ACTIONS = 12;
  private static final int ROUNDS = 4;

  @Test
  void twoInstancesRunningTheJobTogether_sendEachReminderExactlyOnce() throws Exception {
    TestDatabase.Connection database = persistentDatabase();
    try (ConfigurableApplicationContext first = start(database);
        ConfigurableApplicationContext second = start(database)) {
      ReminderFixtures fixtures = new ReminderFixtures(first, baseUrl(first));
      ReminderFixtures.Partnership partnership =
          fixtures.givenPartnership("Two Instances Partnership");
      LocalDate today = LocalDate.now(MovableClock.UK);
      for (int i = 0; i < ACTIONS; i++) {
        // Half due soon, half overdue, every one with its own lead.
        LocalDate due = i % 2 == 0 ? today.plusDays(i % 7) : today.minusDays(i);
        fixtures.givenAction(partnership, "Action " + i, due, "lead." + i + "@example.org");
      }

      int sent = 0;
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0; round < ROUNDS; round++) {
          sent +=
              runTogether(
                  threads, first.getBean(ReminderJob.class), second.getBean(ReminderJob.class));
        }
      } finally {
        threads.shutdownNow();
      }

      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      List<Map<String, Object>> repeated =
          jdbc.queryForList(
              "SELECT recipient, subject, COUNT(*) AS copies FROM email_message GROUP BY recipient, subject HAVING COUNT(*) > 1");
      assertThat(repeated).as("emails sent more than once").isEmpty();
      // Each action's lead and the two active coordinators, once per action.
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM email_message WHERE subject LIKE 'Action %'",
                  Integer.class))
          .isEqualTo(ACTIONS * 3);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_reminder", Integer.class))
          .isEqualTo(ACTIONS);
      assertThat(sent).as("events the two instances say they sent, together").isEqualTo(ACTIONS);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_SENT'", Integer.class))
          .isEqualTo(ACTIONS);
    }
  }

  /** Runs the job in both instances at once; returns how many events they sent between them. */
  private static int runTogether(ExecutorService threads, ReminderJob one, ReminderJob other)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (ReminderJob job : List.of(one, other)) {
      runs.add(
          threads.submit(
              () -> {
                ready.countDown();
                go.await();
                return job.sendDue();
              }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    int sent = 0;
    for (Future<Integer> run : runs) {
      sent += run.get(60, TimeUnit.SECONDS);
    }
    return sent;
  }
}
