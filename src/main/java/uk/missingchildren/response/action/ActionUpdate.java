package uk.missingchildren.response.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * One decision about an action, in a follow-up meeting or from the action's own page: the entries
 * of its history. It keeps only what changed; for an amendment it keeps what was replaced and why.
 */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

  @Id private UUID id;

  @Column(name = "action_id")
  private UUID actionId;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "meeting_id")
  private UUID meetingId;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_by_email")
  private String recordedByEmail;

  private String progress;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before")
  private ActionStatus statusBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after")
  private ActionStatus statusAfter;

  @Column(name = "impact_statement")
  private String impactStatement;

  @Enumerated(EnumType.STRING)
  @Column(name = "impact_rating")
  private ImpactRating impactRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_before")
  private ActionOwner ownerBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_before")
  private Agency agencyBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_after")
  private ActionOwner ownerAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_after")
  private Agency agencyAfter;

  @Column(name = "lead_before")
  private String leadBefore;

  @Column(name = "lead_after")
  private String leadAfter;

  @Column(name = "due_before")
  private LocalDate dueBefore;

  @Column(name = "due_after")
  private LocalDate dueAfter;

  @Column(name = "amend_reason")
  private String amendReason;

  protected ActionUpdate() {}

  /** Who recorded it, when, and in which follow-up meeting (null when not in a meeting). */
  public record Recorded(UUID by, String email, Instant at, UUID meetingId) {}

  ActionUpdate(
      Action action,
      Recorded recorded,
      String progress,
      ActionStatus statusBefore,
      String impactStatement,
      ImpactRating impactRating,
      String amendReason) {
    this.id = UUID.randomUUID();
    this.actionId = action.id();
    this.partnershipId = action.partnershipId();
    this.meetingId = recorded.meetingId();
    this.recordedAt = recorded.at();
    this.recordedBy = recorded.by();
    this.recordedByEmail = recorded.email();
    this.progress = progress;
    this.statusBefore = statusBefore;
    this.statusAfter = action.status();
    this.impactStatement = impactStatement;
    this.impactRating = impactRating;
    this.amendReason = amendReason;
  }

  /**
   * An entry of an action's history brought back from a partnership's data file, under a new id, as
   * it was recorded. Who recorded it is not in the file: both who and their address stay empty, and
   * the action's page says the entry came from a data file.
   */
  static ActionUpdate restored(
      UUID id,
      UUID actionId,
      UUID partnershipId,
      UUID meetingId,
      ActionHistoryDataContributor.UpdateData data) {
    ActionUpdate update = new ActionUpdate();
    update.id = id;
    update.actionId = actionId;
    update.partnershipId = partnershipId;
    update.meetingId = meetingId;
    update.recordedAt = data.recordedAt();
    update.progress = data.progress();
    update.statusBefore = data.statusBefore();
    update.statusAfter = data.statusAfter();
    update.impactStatement = data.impactStatement();
    update.impactRating = data.impactRating();
    update.ownerBefore = data.ownerBefore();
    update.agencyBefore = data.agencyBefore();
    update.ownerAfter = data.ownerAfter();
    update.agencyAfter = data.agencyAfter();
    update.leadBefore = data.leadBefore();
    update.leadAfter = data.leadAfter();
    update.dueBefore = data.dueBefore();
    update.dueAfter = data.dueAfter();
    update.amendReason = data.amendReason();
    return update;
  }

  /** Whether it came from a data file, which does not say who recorded it. */
  public boolean restoredFromFile() {
    return recordedByEmail == null;
  }

  void ownerChanged(
      ActionOwner before, Agency beforeAgency, ActionOwner after, Agency afterAgency) {
    ownerBefore = before;
    agencyBefore = beforeAgency;
    ownerAfter = after;
    agencyAfter = afterAgency;
  }

  void leadChanged(String before, String after) {
    leadBefore = before;
    leadAfter = after;
  }

  void dueChanged(LocalDate before, LocalDate after) {
    dueBefore = before;
    dueAfter = after;
  }

  /** Whether this update records the same decision as the change given (a form sent twice). */
  boolean records(ActionChange change, ActionStatus statusNow) {
    return Objects.equals(progress, change.progress())
        && statusAfter == change.status()
        && statusNow == statusAfter
        && Objects.equals(impactStatement, change.impactStatement())
        && impactRating == change.impactRating();
  }

  public boolean statusChanged() {
    return statusBefore != statusAfter;
  }

  public boolean ownerChanged() {
    return ownerAfter != null;
  }

  public boolean leadChanged() {
    return leadAfter != null;
  }

  public boolean dueChanged() {
    return dueAfter != null;
  }

  public boolean amended() {
    return amendReason != null;
  }

  public UUID id() {
    return id;
  }

  public UUID actionId() {
    return actionId;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedByEmail() {
    return recordedByEmail;
  }

  public String progress() {
    return progress;
  }

  public UUID recordedBy() {
    return recordedBy;
  }

  public ActionStatus statusBefore() {
    return statusBefore;
  }

  public ActionStatus statusAfter() {
    return statusAfter;
  }

  public String impactStatement() {
    return impactStatement;
  }

  public ImpactRating impactRating() {
    return impactRating;
  }

  public ActionOwner ownerBefore() {
    return ownerBefore;
  }

  public Agency agencyBefore() {
    return agencyBefore;
  }

  public ActionOwner ownerAfter() {
    return ownerAfter;
  }

  public Agency agencyAfter() {
    return agencyAfter;
  }

  public String leadBefore() {
    return leadBefore;
  }

  public String leadAfter() {
    return leadAfter;
  }

  public LocalDate dueBefore() {
    return dueBefore;
  }

  public LocalDate dueAfter() {
    return dueAfter;
  }

  public String amendReason() {
    return amendReason;
  }
}
