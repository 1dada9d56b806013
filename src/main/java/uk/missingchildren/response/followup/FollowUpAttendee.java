package uk.missingchildren.response.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.MeetingAttendee;

/** Someone at a follow-up review meeting. */
@Entity
@Table(name = "follow_up_attendee")
public class FollowUpAttendee extends MeetingAttendee {

  @Column(name = "meeting_id")
  private UUID meetingId;

  protected FollowUpAttendee() {}

  FollowUpAttendee(UUID meetingId, String name, Agency agency, String role, Instant now) {
    super(name, agency, role, now);
    this.meetingId = meetingId;
  }

  /** Someone at the meeting, brought back from a partnership's data file under a new id. */
  FollowUpAttendee(
      UUID id, UUID meetingId, String name, Agency agency, String role, Instant addedAt) {
    super(id, name, agency, role, addedAt);
    this.meetingId = meetingId;
  }
}
