package uk.missingchildren.response.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/** Someone at a checklist review meeting: a name, the agency they represent and their role. */
@Entity
@Table(name = "checklist_review_attendee")
public class ReviewAttendee {

  @Id private UUID id;

  @Column(name = "review_id")
  private UUID reviewId;

  private String name;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  private String role;

  @Column(name = "added_at")
  private Instant addedAt;

  @Version private long version;

  protected ReviewAttendee() {}

  ReviewAttendee(UUID reviewId, String name, Agency agency, String role, Instant now) {
    this.id = UUID.randomUUID();
    this.reviewId = reviewId;
    this.addedAt = now;
    change(name, agency, role);
  }

  void change(String name, Agency agency, String role) {
    this.name = name;
    this.agency = agency;
    this.role = role;
  }

  String describe() {
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

  UUID reviewId() {
    return reviewId;
  }
}
