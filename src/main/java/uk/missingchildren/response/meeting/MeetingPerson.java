package uk.missingchildren.response.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * Someone who comes to the partnership's meetings, kept so they can be picked as an attendee rather
 * than typed in again. The same name, agency and role as an attendee; a meeting's attendees are
 * copies, so changing someone here never changes a past meeting.
 */
@Entity
@Table(name = "meeting_person")
public class MeetingPerson extends MeetingAttendee {

  private UUID partnershipId;

  protected MeetingPerson() {}

  MeetingPerson(UUID partnershipId, String name, Agency agency, String role, Instant now) {
    super(name, agency, role, now);
    this.partnershipId = partnershipId;
  }

  /** Someone on the list as a partnership's data file recorded them, with a new id. */
  MeetingPerson(
      UUID id, UUID partnershipId, String name, Agency agency, String role, Instant addedAt) {
    super(id, name, agency, role, addedAt);
    this.partnershipId = partnershipId;
  }

  public UUID partnershipId() {
    return partnershipId;
  }
}
