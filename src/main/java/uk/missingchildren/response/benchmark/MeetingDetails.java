package uk.missingchildren.response.benchmark;

import java.time.LocalDate;

/** When a meeting took place and who ran it. */
public record MeetingDetails(LocalDate meetingDate, String facilitator, String noteTaker) {

  /** For the audit log. */
  String describe() {
    return meetingDate + ", facilitator " + facilitator + ", note-taker " + noteTaker;
  }
}
