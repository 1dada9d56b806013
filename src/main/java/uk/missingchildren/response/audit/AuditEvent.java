package uk.missingchildren.response.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry in the audit log. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "actor_email")
  private String actorEmail;

  @Column(name = "actor_erased")
  private boolean actorErased;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  private String action;
  private String subject;
  private String details;

  @Column(name = "remote_address")
  private String remoteAddress;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      Actor actor,
      UUID partnershipId,
      String action,
      String subject,
      String details,
      String remoteAddress) {
    this.occurredAt = occurredAt;
    this.actorId = actor == null ? null : actor.id();
    this.actorEmail = actor == null ? null : actor.email();
    this.partnershipId = partnershipId;
    this.action = action;
    this.subject = truncate(subject, 320);
    this.details = truncate(details, 2000);
    this.remoteAddress = remoteAddress;
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public UUID actorId() {
    return actorId;
  }

  public String actorEmail() {
    return actorEmail;
  }

  /** Whether the person who did it has since deleted their account: shown as "a former member". */
  public boolean actorErased() {
    return actorErased;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String details() {
    return details;
  }

  public String remoteAddress() {
    return remoteAddress;
  }

  /** Who did it: the account, or null for someone not signed in. */
  public record Actor(UUID id, String email) {}
}
