package uk.missingchildren.response.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionDeadlines;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.partnership.CoordinatorDirectory;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Sends the reminders that are owed: run on a schedule by every instance ({@link ReminderSchedule})
 * and callable directly. Each event is sent in its own transaction that first claims it (see {@link
 * ActionReminders#claim}), so it goes out once however many instances run at the same moment; one
 * that fails is rolled back with its claim and tried again on the next run, without stopping the
 * others.
 */
@Service
public class ReminderJob {

  private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
  private static final int BATCH = 500;

  private final ActionDeadlines deadlines;
  private final ActionReminders reminders;
  private final CoordinatorDirectory coordinators;
  private final Accounts accounts;
  private final ReminderEmails emails;
  private final Mailer mailer;
  private final AuditLog audit;
  private final ReminderProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ReminderJob(
      ActionDeadlines deadlines,
      ActionReminders reminders,
      CoordinatorDirectory coordinators,
      Accounts accounts,
      ReminderEmails emails,
      Mailer mailer,
      AuditLog audit,
      ReminderProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.deadlines = deadlines;
    this.reminders = reminders;
    this.coordinators = coordinators;
    this.accounts = accounts;
    this.emails = emails;
    this.mailer = mailer;
    this.audit = audit;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Sends every reminder owed today and not yet sent; returns how many events this call sent. */
  @CheckedWithoutContext(
      "a system job: it emails only each action's own lead and its partnership's coordinators")
  public int sendDue() {
    LocalDate today = UkTime.today(clock);
    int sent = 0;
    for (ReminderEvent event : owed(today)) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> send(event, today)))) {
          sent++;
        }
      } catch (RuntimeException e) {
        log.warn(
            "Reminder {} about action {} (due {}) was not sent; the next run will try again",
            event.kind(),
            event.actionId(),
            event.dueDate(),
            e);
      }
    }
    return sent;
  }

  /** The events owed today that have not been sent, as far as this instance can tell. */
  private List<ReminderEvent> owed(LocalDate today) {
    List<ReminderEvent> owed =
        deadlines.openDueBy(today.plusDays(properties.daysBeforeDue())).stream()
            .flatMap(
                action ->
                    ReminderKind.owed(action.dueDate(), today, properties.daysBeforeDue()).stream()
                        .map(kind -> new ReminderEvent(action.id(), kind, action.dueDate())))
            .toList();
    Set<ReminderEvent> sent = new HashSet<>();
    for (int from = 0; from < owed.size(); from += BATCH) {
      List<UUID> ids =
          owed.subList(from, Math.min(owed.size(), from + BATCH)).stream()
              .map(ReminderEvent::actionId)
              .toList();
      sent.addAll(reminders.eventsFor(ids));
    }
    return owed.stream().filter(event -> !sent.contains(event)).toList();
  }

  /**
   * Claims and sends one event, in the caller's transaction; false if there was nothing to send.
   */
  private boolean send(ReminderEvent event, LocalDate today) {
    Optional<Action> current =
        deadlines.open(event.actionId()).filter(action -> action.dueDate().equals(event.dueDate()));
    if (current.isEmpty()) {
      return false; // closed, completed or given a new due date since the list was read
    }
    Action action = current.get();
    CoordinatorDirectory.Coordinators partnership =
        coordinators.coordinators(action.partnershipId());
    if (partnership.deleted()) {
      return false; // nobody is reminded about a deleted partnership's actions
    }
    List<String> recipients = recipients(action, partnership.emails());
    String to = String.join(ActionReminder.SEPARATOR, recipients);
    if (recipients.isEmpty()
        || reminders.claim(
                UUID.randomUUID(),
                action.id(),
                action.partnershipId(),
                event.kind().name(),
                event.dueDate(),
                action.title(),
                clock.instant(),
                to)
            == 0) {
      return false; // nobody to tell, or another instance has claimed the event
    }
    List<Delivery> deliveries =
        recipients.stream()
            .map(
                recipient ->
                    mailer.send(
                        emails.compose(
                            recipient, event.kind(), action, partnership.partnershipName(), today)))
            .toList();
    if (deliveries.stream().allMatch(delivery -> delivery == Delivery.FAILED)) {
      throw new IllegalStateException("The SMTP server refused the reminder for every recipient");
    }
    audit.record(
        null,
        action.partnershipId(),
        "REMINDER_SENT",
        action.title(),
        event.kind() + ", due " + event.dueDate() + ", to " + to);
    return true;
  }

  /** The lead, if their address is known and not a deactivated account, then the coordinators. */
  private List<String> recipients(Action action, List<String> coordinatorEmails) {
    Set<String> recipients = new LinkedHashSet<>();
    String lead = Account.normalise(action.leadEmail());
    if (!lead.isEmpty() && accounts.findByEmail(lead).map(Account::active).orElse(true)) {
      recipients.add(lead);
    }
    recipients.addAll(coordinatorEmails);
    return List.copyOf(recipients);
  }
}
