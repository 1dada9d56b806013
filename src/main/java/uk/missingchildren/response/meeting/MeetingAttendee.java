package uk.missingchildren.response.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * Someone at a meeting (a benchmark, a checklist review or a follow-up): not necessarily a member,
 * so only a name, the agency they represent and their role. Each kind of meeting keeps its
 * attendees in its own table, which adds the link to the meeting.
 */
@MappedSuperclass
public abstract class MeetingAttendee {

  @Id private UUID id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  private String role;

  @Column(name = "added_at")
  private Instant addedAt;

  @Version private long version;

  protected MeetingAttendee() {}

  protected MeetingAttendee(String name, Agency agency, String role, Instant now) {
    this.id = UUID.randomUUID();
    this.addedAt = now;
    change(name, agency, role);
  }

  /** Someone at a meeting as a partnership's data file recorded them, with a new id. */
  protected MeetingAttendee(UUID id, String name, Agency agency, String role, Instant addedAt) {
    this.id = id;
    this.addedAt = addedAt;
    change(name, agency, role);
  }

  public void change(String name, Agency agency, String role) {
    this.name = name;
    this.agency = agency;
    this.role = role;
  }

  /** The same person: the same name, whatever its case or spacing, for the same agency. */
  public boolean isSamePersonAs(String otherName, Agency otherAgency) {
    return agency == otherAgency && name.strip().equalsIgnoreCase(otherName.strip());
  }

  /** Name, agency and role, for the audit log. */
  public String describe() {
    return name + " (" + agency + (role == null ? "" : ", " + role) + ")";
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Agency agency() {
    return agency;
  }

  public String role() {
    return role;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
