package uk.missingchildren.response.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.MeetingAttendee;

/** Someone at a checklist review meeting. */
@Entity
@Table(name = "checklist_review_attendee")
public class ReviewAttendee extends MeetingAttendee {

  @Column(name = "review_id")
  private UUID reviewId;

  protected ReviewAttendee() {}

  ReviewAttendee(UUID reviewId, String name, Agency agency, String role, Instant now) {
    super(name, agency, role, now);
    this.reviewId = reviewId;
  }

  /** Someone at the meeting, brought back from a partnership's data file under a new id. */
  ReviewAttendee(UUID id, UUID reviewId, String name, Agency agency, String role, Instant addedAt) {
    super(id, name, agency, role, addedAt);
    this.reviewId = reviewId;
  }

  UUID reviewId() {
    return reviewId;
  }
}
