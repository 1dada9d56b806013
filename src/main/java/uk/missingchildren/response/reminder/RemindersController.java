package uk.missingchildren.response.reminder;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Which reminders about actions were sent, and when they go: for every member of the partnership.
 */
@Controller
class RemindersController {

  private final PartnershipAccess access;
  private final ReminderService reminders;
  private final ReminderProperties settings;

  RemindersController(
      PartnershipAccess access, ReminderService reminders, ReminderProperties settings) {
    this.access = access;
    this.reminders = reminders;
    this.settings = settings;
  }

  @GetMapping("/partnerships/{partnershipId}/reminders")
  String reminders(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user);
    model.addAttribute("context", context);
    model.addAttribute("reminders", reminders.sent(context));
    model.addAttribute("settings", settings);
    return "reminder/list";
  }
}
