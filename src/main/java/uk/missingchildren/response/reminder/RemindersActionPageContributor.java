package uk.missingchildren.response.reminder;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionPageContributor;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Lists the reminders sent about an action on that action's page ("reminders", for reminder/sent).
 */
@Component
class RemindersActionPageContributor implements ActionPageContributor {

  private final ReminderService reminders;

  RemindersActionPageContributor(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void contribute(PartnershipContext context, Action action, Model model) {
    model.addAttribute("reminders", reminders.sentFor(context, action.id()));
  }
}
