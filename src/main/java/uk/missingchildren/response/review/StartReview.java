package uk.missingchildren.response.review;

import java.time.LocalDate;
import uk.missingchildren.response.meeting.MeetingDetails;

/**
 * What starting a review needs: the meeting, and whether to begin from the last round's ratings.
 */
public record StartReview(
    String themeSlug,
    LocalDate meetingDate,
    String facilitator,
    String noteTaker,
    boolean fromLastRound) {

  MeetingDetails details() {
    return new MeetingDetails(meetingDate, facilitator, noteTaker);
  }
}
