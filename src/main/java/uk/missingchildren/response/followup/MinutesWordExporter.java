package uk.missingchildren.response.followup;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;

/**
 * A follow-up meeting's minutes as an editable Word document, with Word's heading styles for each
 * action.
 */
@Component
class MinutesWordExporter {

  private final MessageSource messages;

  MinutesWordExporter(MessageSource messages) {
    this.messages = messages;
  }

  byte[] export(Minutes minutes) {
    WordDocument word =
        new WordDocument(
            message("minutes.documentTitle", minutes.meetingDay(), minutes.partnershipName()),
            message("service.name"));
    word.footer(
        message("minutes.footer", minutes.partnershipName(), minutes.meetingDay()),
        message("export.page.number"),
        message("export.page.of"));
    word.heading(1, message("minutes.title", minutes.meetingDay()));
    word.paragraph(minutes.partnershipName());
    word.heading(2, message("minutes.meeting.heading"));
    word.labelled(message("meeting.details.date") + ":", minutes.meetingDay());
    word.labelled(message("meeting.details.facilitator.label") + ":", minutes.facilitator());
    word.labelled(message("meeting.details.noteTaker.label") + ":", minutes.noteTaker());
    word.labelled(message("minutes.scope") + ":", minutes.scope());
    word.labelled(message("minutes.status") + ":", minutes.status());
    word.labelled(message("minutes.next") + ":", minutes.nextMeeting());
    if (minutes.attendees().isEmpty()) {
      word.paragraph(message("report.attendees.none"));
    } else {
      word.bold(message("report.attendees.caption", minutes.attendees().size()));
      word.dataTable(
          List.of(
              message("report.attendees.name"),
              message("report.attendees.agency"),
              message("report.attendees.role")),
          minutes.attendees().stream().map(a -> List.of(a.name(), a.agency(), a.role())).toList());
    }
    word.heading(2, message("minutes.reviewed.heading", minutes.reviewed().size()));
    if (minutes.reviewed().isEmpty()) {
      word.paragraph(message("minutes.reviewed.none"));
    }
    for (Minutes.Reviewed action : minutes.reviewed()) {
      word.heading(3, action.title());
      word.labelled(message("minutes.area") + ":", action.area());
      word.labelled(message("action.field.owner") + ":", action.owner());
      word.labelled(message("action.field.lead") + ":", action.lead());
      word.labelled(message("action.field.due") + ":", action.due());
      word.labelled(message("minutes.statusAfter") + ":", action.status());
      for (Minutes.Decision decision : action.decisions()) {
        word.bold(message("minutes.decided"));
        decision.lines().forEach(line -> word.labelled(line.label() + ":", line.text()));
      }
    }
    word.heading(2, message("minutes.notReached.heading", minutes.notReached().size()));
    if (minutes.notReached().isEmpty()) {
      word.paragraph(message("minutes.notReached.none"));
    } else {
      word.dataTable(
          List.of(
              message("register.column.title"),
              message("minutes.area"),
              message("action.field.due"),
              message("action.field.status")),
          minutes.notReached().stream()
              .map(a -> List.of(a.title(), a.area(), a.due(), a.status()))
              .toList());
    }
    return word.toBytes();
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.UK);
  }
}
