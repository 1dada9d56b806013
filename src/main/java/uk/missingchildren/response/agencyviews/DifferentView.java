package uk.missingchildren.response.agencyviews;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * An agency's view that differs from the answer the group agreed, recorded at its request in the
 * meeting. Part of the meeting's record: every member sees it, and the report shows it.
 */
@Entity
@Table(name = "different_view")
public class DifferentView {

  @Id private UUID id;
  private UUID partnershipId;
  private String meetingKind;
  private UUID meetingId;
  private String itemId;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  private String viewText;
  private UUID recordedBy;
  private Instant recordedAt;

  protected DifferentView() {}

  DifferentView(
      UUID partnershipId,
      String meetingKind,
      UUID meetingId,
      String itemId,
      Agency agency,
      String viewText,
      UUID recordedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.meetingKind = meetingKind;
    this.meetingId = meetingId;
    this.itemId = itemId;
    this.agency = agency;
    this.viewText = viewText;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  /** A view brought back from a partnership's data file: who recorded it is not in the file. */
  static DifferentView restored(
      UUID id,
      UUID partnershipId,
      String meetingKind,
      UUID meetingId,
      String itemId,
      Agency agency,
      String viewText,
      Instant recordedAt) {
    DifferentView view =
        new DifferentView(
            partnershipId, meetingKind, meetingId, itemId, agency, viewText, null, recordedAt);
    view.id = id;
    return view;
  }

  String meetingKind() {
    return meetingKind;
  }

  UUID meetingId() {
    return meetingId;
  }

  public UUID id() {
    return id;
  }

  public String itemId() {
    return itemId;
  }

  public Agency agency() {
    return agency;
  }

  public String viewText() {
    return viewText;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
