package uk.missingchildren.response.report;

import java.util.List;
import org.springframework.context.MessageSource;
import uk.missingchildren.response.export.WordDocument;

/** The attendees of a meeting as a Word table, the same in both reports. */
final class WordAttendees {

  private WordAttendees() {}

  static void write(
      WordDocument word, List<StageOneReport.Attendee> attendees, MessageSource messages) {
    if (attendees.isEmpty()) {
      word.paragraph(message(messages, "report.attendees.none"));
      return;
    }
    word.bold(message(messages, "report.attendees.caption", attendees.size()));
    word.dataTable(
        List.of(
            message(messages, "report.attendees.name"),
            message(messages, "report.attendees.agency"),
            message(messages, "report.attendees.role")),
        attendees.stream()
            .map(
                a ->
                    List.of(
                        a.name(),
                        a.agency(),
                        a.role() == null ? message(messages, "report.attendees.noRole") : a.role()))
            .toList());
  }

  private static String message(MessageSource messages, String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }
}
