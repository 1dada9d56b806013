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

  @Version private long version;

  protected Action() {}

  Action(UUID partnershipId, NewAction action, UUID createdBy, Instant now) {
    if (action.owner() == ActionOwner.AGENCY && action.agency() == null) {
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
    this.dueDate = action.dueDate();
    this.successMeasure = action.successMeasure();
    this.status = ActionStatus.NOT_STARTED;
    this.createdBy = createdBy;
    this.createdAt = now;
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
}
