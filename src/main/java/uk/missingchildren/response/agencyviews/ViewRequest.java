package uk.missingchildren.response.agencyviews;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A coordinator's request for views before one meeting: by when, and whether the room sees who gave
 * each view or only their agency (chosen before anyone is asked, and then fixed).
 */
@Entity
@Table(name = "view_request")
public class ViewRequest {

  @Id private UUID id;
  private UUID partnershipId;
  private String meetingKind;
  private UUID meetingId;
  private LocalDate dueOn;
  private boolean namesShown;
  private UUID requestedBy;
  private Instant requestedAt;
  @Version private long version;

  protected ViewRequest() {}

  ViewRequest(
      UUID partnershipId,
      String meetingKind,
      UUID meetingId,
      LocalDate dueOn,
      boolean namesShown,
      UUID requestedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.meetingKind = meetingKind;
    this.meetingId = meetingId;
    this.dueOn = dueOn;
    this.namesShown = namesShown;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String meetingKind() {
    return meetingKind;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public boolean namesShown() {
    return namesShown;
  }

  /** Views are taken until the end of the day they are due, UK time. */
  public boolean takingViewsOn(LocalDate today) {
    return !today.isAfter(dueOn);
  }

  void moveTo(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
