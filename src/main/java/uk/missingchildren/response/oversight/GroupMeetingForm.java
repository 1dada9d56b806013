package uk.missingchildren.response.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.MeetingDetailsForm;

/**
 * A group's meeting as typed: its details like any meeting's, who came, the minutes, and a response
 * to each action raised with the group (by action id; blank when the meeting gave none).
 */
public class GroupMeetingForm extends MeetingDetailsForm {

  @Size(max = 2000, message = "{oversight.meeting.error.attendeesTooLong}")
  private String attendees;

  @NotBlank(message = "{oversight.meeting.error.minutesMissing}")
  @Size(max = 20000, message = "{oversight.meeting.error.minutesTooLong}")
  private String minutes;

  private Map<String, String> responses = new LinkedHashMap<>();

  /** The version of the minutes this form was drawn from, to catch two people changing them. */
  private Long version;

  static GroupMeetingForm of(GroupMeeting meeting, Map<UUID, String> responses) {
    GroupMeetingForm form = new GroupMeetingForm();
    form.fill(
        new MeetingDetails(meeting.meetingDate(), meeting.facilitator(), meeting.noteTaker()));
    form.attendees = meeting.attendees();
    form.minutes = meeting.minutes();
    responses.forEach((action, text) -> form.responses.put(action.toString(), text));
    form.version = meeting.version();
    return form;
  }

  GroupMeetingRecord record() {
    Map<UUID, String> given = new LinkedHashMap<>();
    responses.forEach(
        (action, text) -> {
          if (text != null && !text.isBlank()) {
            actionId(action).ifPresent(id -> given.put(id, text.strip()));
          }
        });
    MeetingDetails details = details();
    return new GroupMeetingRecord(
        details.meetingDate(),
        details.facilitator(),
        details.noteTaker(),
        attendees == null ? "" : attendees.strip(),
        minutes.strip(),
        given);
  }

  /** A response for anything but an action's id is not from this form, and is ignored. */
  private static java.util.Optional<UUID> actionId(String key) {
    try {
      return java.util.Optional.of(UUID.fromString(key));
    } catch (IllegalArgumentException notAnId) {
      return java.util.Optional.empty();
    }
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public Map<String, String> getResponses() {
    return responses;
  }

  public void setResponses(Map<String, String> responses) {
    this.responses = responses;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
