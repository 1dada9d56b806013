package uk.missingchildren.response.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The details every kind of meeting starts with, as its form's fields. */
public final class MeetingDetailsFields {

  private MeetingDetailsFields() {}

  /** The date, facilitator and note-taker, plus the kind's own fields. */
  public static Map<String, String> of(
      LocalDate meetingDate, String facilitator, String noteTaker, Map<String, String> others) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("meetingDay", String.valueOf(meetingDate.getDayOfMonth()));
    fields.put("meetingMonth", String.valueOf(meetingDate.getMonthValue()));
    fields.put("meetingYear", String.valueOf(meetingDate.getYear()));
    fields.put("facilitator", facilitator);
    fields.put("noteTaker", noteTaker);
    fields.putAll(others);
    return fields;
  }
}
