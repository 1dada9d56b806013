package uk.missingchildren.response.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.notification.EmailMessage;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.Outbox;

/** Without an SMTP server, reminders wait in the outbox like every other email. */
class RemindersWithoutSmtpIntegrationTest extends IntegrationTest {

  @Autowired ApplicationContext app;
  @Autowired ReminderJob job;
  @Autowired EmailMessages outbox;

  @Test
  void aReminder_withoutSmtp_isQueuedInTheOutbox_withTheLinkToTheAction() {
    ReminderFixtures fixtures = new ReminderFixtures(app, url(""));
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Outbox Partnership");
    String lead = fixtures.uniqueEmail("outbox.lead");
    Action action =
        fixtures.givenAction(
            partnership,
            "Share missing episode data weekly",
            LocalDate.now(MovableClock.UK).plusDays(3),
            lead);

    job.sendDue();
    job.sendDue();

    assertThat(outbox.findByRecipientOrderByCreatedAtDesc(lead))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.status()).isEqualTo(EmailMessage.Status.QUEUED);
              assertThat(message.subject())
                  .isEqualTo("Action due in 3 days: Share missing episode data weekly");
            });
    assertThat(Outbox.newestLink(outbox, lead, "/partnerships/"))
        .isEqualTo("/partnerships/" + partnership.id() + "/actions/" + action.id());
    assertThat(outbox.findByRecipientOrderByCreatedAtDesc(partnership.coordinator())).hasSize(1);
  }
}
