package uk.missingchildren.response.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Runs the reminders job on {@code app.reminders.schedule} in every instance; the claim in the
 * database makes sure each reminder still goes once. Off when {@code app.reminders.enabled} is
 * false.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "app.reminders.enabled", matchIfMissing = true)
class ReminderSchedule {

  private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

  private final ReminderJob job;

  ReminderSchedule(ReminderJob job) {
    this.job = job;
  }

  @Scheduled(cron = "${app.reminders.schedule:0 5 * * * *}", zone = UkTime.ZONE_ID)
  void sendDueReminders() {
    int sent = job.sendDue();
    if (sent > 0) {
      log.info("Sent {} action reminder(s)", sent);
    }
  }
}
