package uk.missingchildren.response.reminder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Which reminders about actions were sent, and when they go: for every member of the partnership.
 */
@Controller
class RemindersController {

  private final ReminderService reminders;
  private final ReminderProperties settings;

  RemindersController(ReminderService reminders, ReminderProperties settings) {
    this.reminders = reminders;
    this.settings = settings;
  }

  @GetMapping("/partnerships/{partnershipId}/reminders")
  String reminders(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("reminders", reminders.sent(context));
    model.addAttribute("settings", settings);
    return "reminder/list";
  }
}
