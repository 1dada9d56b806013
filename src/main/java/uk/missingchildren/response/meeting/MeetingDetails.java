package uk.missingchildren.response.meeting;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * When a meeting took place and who ran it. Every kind of meeting keeps these in its own table, in
 * the columns {@code meeting_date}, {@code facilitator} and {@code note_taker}.
 */
@Embeddable
public record MeetingDetails(LocalDate meetingDate, String facilitator, String noteTaker) {

  /** For the audit log. */
  public String describe() {
    return meetingDate + ", facilitator " + facilitator + ", note-taker " + noteTaker;
  }
}
