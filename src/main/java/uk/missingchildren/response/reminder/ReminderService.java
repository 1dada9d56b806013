package uk.missingchildren.response.reminder;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Which reminders were sent, for the partnership's members. */
@Service
public class ReminderService {

  private final ActionReminders reminders;

  ReminderService(ActionReminders reminders) {
    this.reminders = reminders;
  }

  /** The partnership's reminders, newest first (the latest 500). */
  @Transactional(readOnly = true)
  public List<ActionReminder> sent(PartnershipContext context) {
    return reminders.findTop500ByPartnershipIdOrderBySentAtDescActionTitleAsc(
        context.partnershipId());
  }

  /** The reminders sent about one action, newest first; none for another partnership's action. */
  @Transactional(readOnly = true)
  public List<ActionReminder> sentFor(PartnershipContext context, UUID actionId) {
    return reminders.findByPartnershipIdAndActionIdOrderBySentAtDesc(
        context.partnershipId(), actionId);
  }
}
