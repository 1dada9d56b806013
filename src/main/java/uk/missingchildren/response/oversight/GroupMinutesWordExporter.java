package uk.missingchildren.response.oversight;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A group meeting's minutes as an editable Word document, with Word's heading styles. */
@Component
class GroupMinutesWordExporter {

  private final MessageSource messages;
  private final DisplayDates dates;

  GroupMinutesWordExporter(MessageSource messages, DisplayDates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  byte[] export(GroupContext group, GroupMeetingService.MeetingView view) {
    GroupMeeting meeting = view.meeting();
    String day = dates.day(meeting.meetingDate());
    String groupName = group.group().name();
    WordDocument word =
        new WordDocument(
            message("oversight.meeting.title", day) + " – " + groupName, message("service.name"));
    word.footer(
        groupName + " – " + message("oversight.meeting.title", day),
        message("export.page.number"),
        message("export.page.of"));
    word.heading(1, message("oversight.meeting.title", day));
    word.paragraph(groupName);
    word.labelled(message("meeting.details.date") + ":", day);
    word.labelled(message("meeting.details.facilitator.label") + ":", meeting.facilitator());
    word.labelled(message("meeting.details.noteTaker.label") + ":", meeting.noteTaker());
    word.heading(2, message("oversight.meeting.attendees"));
    word.paragraph(
        meeting.attendees().isBlank()
            ? message("oversight.meeting.attendees.none")
            : meeting.attendees());
    word.heading(2, message("oversight.meeting.minutes"));
    word.paragraph(meeting.minutes());
    word.heading(2, message("oversight.meeting.responses"));
    if (view.responses().isEmpty()) {
      word.paragraph(message("oversight.meeting.responses.none"));
    }
    for (GroupMeetingService.ResponseLine line : view.responses()) {
      if (line.action().isPresent()) {
        OversightDashboard.RaisedLine action = line.action().get();
        word.heading(3, action.title());
        word.labelled(message("oversight.group.partnership") + ":", action.partnershipName());
        word.labelled(message("oversight.group.area") + ":", action.area());
        word.labelled(message("oversight.raised.request") + ":", action.request());
      } else {
        word.heading(3, message("oversight.meeting.response.hidden"));
      }
      word.labelled(message("oversight.meeting.response") + ":", line.response());
    }
    return word.toBytes();
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.UK);
  }
}
