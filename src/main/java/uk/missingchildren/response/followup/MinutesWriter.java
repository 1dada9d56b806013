package uk.missingchildren.response.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionUpdate;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** Words a follow-up meeting's minutes from what it recorded. */
@Component
class MinutesWriter {

  private static final Locale UK = Locale.UK;

  private final FollowUpService followUps;
  private final FrameworkCatalogue catalogue;
  private final MessageSource messages;
  private final DisplayDates dates;

  MinutesWriter(
      FollowUpService followUps,
      FrameworkCatalogue catalogue,
      MessageSource messages,
      DisplayDates dates) {
    this.followUps = followUps;
    this.catalogue = catalogue;
    this.messages = messages;
    this.dates = dates;
  }

  Minutes minutes(PartnershipContext context, java.util.UUID meetingId) {
    FollowUpView view = followUps.view(context, meetingId);
    FollowUpMeeting meeting = view.meeting();
    Framework framework = catalogue.current();
    List<Minutes.Reviewed> reviewed = new ArrayList<>();
    List<Minutes.NotReached> notReached = new ArrayList<>();
    for (Agenda.Entry entry : view.agenda().entries()) {
      Action action = entry.action();
      if (entry.reviewed()) {
        reviewed.add(
            new Minutes.Reviewed(
                action.id().toString(),
                action.title(),
                area(framework, action),
                owner(action),
                action.leadPerson(),
                dates.day(action.dueDate()),
                status(action),
                entry.decisions().stream().map(this::decision).toList()));
      } else {
        notReached.add(
            new Minutes.NotReached(
                action.id().toString(),
                action.title(),
                area(framework, action),
                dates.day(action.dueDate()),
                status(action)));
      }
    }
    return new Minutes(
        context.partnership().name(),
        dates.day(meeting.meetingDate()),
        meeting.facilitator(),
        meeting.noteTaker(),
        scope(meeting),
        message(meeting.completed() ? "minutes.status.final" : "minutes.status.draft"),
        meeting.nextMeetingDate() == null
            ? message("minutes.next.none")
            : dates.day(meeting.nextMeetingDate()),
        view.attendees().stream()
            .map(
                a ->
                    new Minutes.Attendee(
                        a.name(),
                        message(a.agency().messageKey()),
                        a.role() == null ? message("report.attendees.noRole") : a.role()))
            .toList(),
        reviewed,
        notReached);
  }

  /** Which actions the meeting reviews, in words. */
  String scope(FollowUpMeeting meeting) {
    return switch (meeting.scope()) {
      case AREA ->
          message(
              meeting.scope().messageKey(),
              catalogue
                  .current()
                  .themeWithId(meeting.scopeValue())
                  .map(Theme::title)
                  .orElse(meeting.scopeValue()));
      case AGENCY ->
          message(meeting.scope().messageKey(), message("agency." + meeting.scopeValue()));
      default -> message(meeting.scope().messageKey());
    };
  }

  private Minutes.Decision decision(ActionUpdate update) {
    List<Minutes.Line> lines = new ArrayList<>();
    if (update.progress() != null) {
      lines.add(line("update.field.progress", update.progress()));
    }
    lines.add(
        line(
            "action.field.status",
            update.statusChanged()
                ? message(
                    "update.changed",
                    message(update.statusBefore().messageKey()),
                    message(update.statusAfter().messageKey()))
                : message("update.unchanged", message(update.statusAfter().messageKey()))));
    if (update.impactRating() != null) {
      lines.add(
          line(
              "update.field.impact",
              message(update.impactRating().messageKey()) + ". " + update.impactStatement()));
    }
    if (update.ownerChanged()) {
      lines.add(
          line(
              "action.field.owner",
              message(
                  "update.changed",
                  owner(update.ownerBefore(), update.agencyBefore()),
                  owner(update.ownerAfter(), update.agencyAfter()))));
    }
    if (update.leadChanged()) {
      lines.add(
          line(
              "action.field.lead",
              message("update.changed", update.leadBefore(), update.leadAfter())));
    }
    if (update.dueChanged()) {
      lines.add(
          line(
              "action.field.due",
              message(
                  "update.changed", dates.day(update.dueBefore()), dates.day(update.dueAfter()))));
    }
    if (update.amended()) {
      lines.add(line("update.field.reason", update.amendReason()));
    }
    return new Minutes.Decision(lines);
  }

  private Minutes.Line line(String labelKey, String text) {
    return new Minutes.Line(message(labelKey), text);
  }

  private String owner(Action action) {
    return owner(action.owner(), action.agency());
  }

  private String owner(ActionOwner owner, Agency agency) {
    return owner == ActionOwner.AGENCY && agency != null
        ? message(agency.messageKey())
        : message("action.owner.partnership");
  }

  private String status(Action action) {
    return message(action.status().messageKey());
  }

  private static String area(Framework framework, Action action) {
    return framework.themeWithId(action.themeId()).map(Theme::title).orElse(action.themeId());
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, UK);
  }
}
