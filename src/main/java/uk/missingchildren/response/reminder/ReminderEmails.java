package uk.missingchildren.response.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.notification.Email;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * The wording of a reminder: which action (title, area, due date, lead, status), when it is due or
 * since when it is overdue, and a link to its page. Nothing about any child.
 */
@Component
class ReminderEmails {

  private final EmailComposer composer;
  private final MessageSource messages;
  private final FrameworkCatalogue frameworks;
  private final DisplayDates dates;

  ReminderEmails(
      EmailComposer composer,
      MessageSource messages,
      FrameworkCatalogue frameworks,
      DisplayDates dates) {
    this.composer = composer;
    this.messages = messages;
    this.frameworks = frameworks;
    this.dates = dates;
  }

  Email compose(
      String to, ReminderKind kind, Action action, String partnershipName, LocalDate today) {
    String name = kind == ReminderKind.DUE_SOON ? "actionDueSoon" : "actionOverdue";
    return composer
        .compose(
            to,
            name,
            actionPath(action),
            action.title(),
            area(action.themeId()),
            dates.day(action.dueDate()),
            action.leadPerson(),
            ChronoUnit.DAYS.between(today, action.dueDate()),
            partnershipName,
            messages.getMessage(action.status().messageKey(), null, Locale.UK))
        .withPartnershipContent(action.partnershipId(), java.util.List.of());
  }

  static String actionPath(Action action) {
    return "/partnerships/" + action.partnershipId() + "/actions/" + action.id();
  }

  private String area(String themeId) {
    return frameworks.current().themeWithId(themeId).map(Theme::title).orElse(themeId);
  }
}
