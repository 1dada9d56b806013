package uk.missingchildren.response.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * One action in a partnership's register. It is owned by the partnership as a whole or by one
 * agency, and an agency-owned action always names the agency.
 */
@Entity
@Table(name = "partnership_action")
public class Action {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "theme_id")
  private String themeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind")
  private ActionSource source;

  @Column(name = "source_id")
  private String sourceId;

  @Column(name = "review_id")
  private UUID reviewId;

  @Column(name = "benchmark_id")
  private UUID benchmarkId;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind")
  private ActionOwner owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_agency")
  private Agency agency;

  @Column(name = "lead_person")
  private String leadPerson;

  @Column(name = "lead_email")
  private String leadEmail;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "success_measure")
  private String successMeasure;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Action() {}

  Action(UUID partnershipId, NewAction action, UUID createdBy, Instant now) {
    if (!namesItsOwner(action.owner(), action.agency())) {
      throw new IllegalArgumentException("An action owned by an agency must name the agency");
    }
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.themeId = action.themeId();
    this.source = action.source();
    this.sourceId = action.sourceId();
    this.reviewId = action.reviewId();
    this.benchmarkId = action.benchmarkId();
    this.title = action.title();
    this.description = action.description();
    this.owner = action.owner();
    // The partnership as a whole owns it: any agency chosen before switching is not kept.
    this.agency = action.owner() == ActionOwner.AGENCY ? action.agency() : null;
    this.leadPerson = action.leadPerson();
    this.leadEmail = action.leadEmail();
    this.dueDate = action.dueDate();
    this.successMeasure = action.successMeasure();
    this.status = ActionStatus.NOT_STARTED;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** An action owned by an agency names the agency. */
  static boolean namesItsOwner(ActionOwner owner, Agency agency) {
    return owner != ActionOwner.AGENCY || agency != null;
  }

  /**
   * An action brought back from a partnership's data file: a new id, the new partnership, and
   * otherwise as it was last recorded (its history comes back beside it, as {@link ActionUpdate}s).
   * Who set it is not in the file, so is not set.
   */
  static Action restored(
      UUID id,
      UUID partnershipId,
      NewAction action,
      ActionStatus status,
      Instant createdAt,
      Instant updatedAt) {
    Action restored = new Action(partnershipId, action, null, createdAt);
    restored.id = id;
    restored.status = status;
    restored.updatedAt = updatedAt;
    return restored;
  }

  /**
   * Applies what a group decided and returns the entry for the action's history. The rules: a
   * closed action is not changed again; closing needs an impact statement; an impact statement
   * comes with a rating; changing the owner, lead or due date needs a reason, and a new due date
   * cannot be in the past; and something must change.
   */
  ActionUpdate apply(ActionChange change, LocalDate today, ActionUpdate.Recorded recorded) {
    if (status == ActionStatus.CLOSED) {
      throw new ActionUpdateRejectedException("status", "update.error.closed");
    }
    boolean impact = present(change.impactStatement());
    if (change.status() == ActionStatus.CLOSED && !impact) {
      throw new ActionUpdateRejectedException("impactStatement", "update.error.closeWithoutImpact");
    }
    if (impact != (change.impactRating() != null)) {
      throw new ActionUpdateRejectedException(
          impact ? "impactRating" : "impactStatement",
          impact ? "update.error.impactRatingMissing" : "update.error.impactStatementMissing");
    }
    boolean amended = amends(change);
    if (amended && !present(change.amendReason())) {
      throw new ActionUpdateRejectedException("amendReason", "update.error.reasonMissing");
    }
    if (!Objects.equals(change.dueDate(), dueDate) && change.dueDate().isBefore(today)) {
      throw new ActionUpdateRejectedException("dueDate", "action.error.dueDateInPast");
    }
    if (!amended && !impact && !present(change.progress()) && change.status() == status) {
      throw new ActionUpdateRejectedException("progress", "update.error.nothing");
    }
    if (change.owner() == ActionOwner.AGENCY && change.agency() == null) {
      throw new ActionUpdateRejectedException("agency", "action.error.agencyMissing");
    }
    ActionStatus before = status;
    status = change.status();
    updatedAt = recorded.at();
    ActionUpdate update =
        new ActionUpdate(
            this,
            recorded,
            blankToNull(change.progress()),
            before,
            blankToNull(change.impactStatement()),
            change.impactRating(),
            amended ? change.amendReason() : null);
    Agency newAgency = change.owner() == ActionOwner.AGENCY ? change.agency() : null;
    if (change.owner() != owner || newAgency != agency) {
      update.ownerChanged(owner, agency, change.owner(), newAgency);
      owner = change.owner();
      agency = newAgency;
    }
    if (!change.leadPerson().equals(leadPerson)) {
      update.leadChanged(leadPerson, change.leadPerson());
      leadPerson = change.leadPerson();
    }
    leadEmail = blankToNull(change.leadEmail());
    if (!change.dueDate().equals(dueDate)) {
      update.dueChanged(dueDate, change.dueDate());
      dueDate = change.dueDate();
    }
    return update;
  }

  /**
   * A closed action is final: its page shows it, but it takes no more updates (a 404 for its
   * forms).
   */
  public void requireOpenForUpdates() {
    if (status == ActionStatus.CLOSED) {
      throw new ActionNotFoundException();
    }
  }

  /** Whether the change gives the action a different owner, lead or due date. */
  boolean amends(ActionChange change) {
    Agency newAgency = change.owner() == ActionOwner.AGENCY ? change.agency() : null;
    return change.owner() != owner
        || newAgency != agency
        || !Objects.equals(change.leadPerson(), leadPerson)
        || !Objects.equals(blankToNull(change.leadEmail()), leadEmail)
        || !Objects.equals(change.dueDate(), dueDate);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String blankToNull(String text) {
    return present(text) ? text : null;
  }

  /** Which version of the action a page was showing, to catch two people updating it at once. */
  public long version() {
    return version;
  }

  /** Still open after its due date. */
  public boolean overdue(LocalDate today) {
    return status.open() && dueDate.isBefore(today);
  }

  public UUID id() {
    return id;
  }

  /**
   * A short reference people can quote in a meeting or an email ("3F2A9C1D"): the start of the id,
   * so it never changes, in capitals. Eight hex digits make a clash within one partnership unlikely
   * enough that it is only a convenience; the id stays the key.
   */
  public String reference() {
    return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String themeId() {
    return themeId;
  }

  public ActionSource source() {
    return source;
  }

  public String sourceId() {
    return sourceId;
  }

  public UUID reviewId() {
    return reviewId;
  }

  public UUID benchmarkId() {
    return benchmarkId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public ActionOwner owner() {
    return owner;
  }

  public Agency agency() {
    return agency;
  }

  public String leadPerson() {
    return leadPerson;
  }

  /** Where reminders for the lead go; may be empty, when only the coordinators are reminded. */
  public String leadEmail() {
    return leadEmail;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String successMeasure() {
    return successMeasure;
  }

  public ActionStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When its latest update was recorded; null if it has had none. */
  public Instant updatedAt() {
    return updatedAt;
  }
}
