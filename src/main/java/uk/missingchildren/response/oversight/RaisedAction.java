package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An action whose partnership asks its oversight groups for a response: what it asks, and who
 * asked. Groups see it only while the partnership shares its action plan summary with them.
 */
@Entity
@Table(name = "oversight_raised_action")
public class RaisedAction {

  static final int REQUEST_LIMIT = 1000;

  @Id
  @Column(name = "action_id")
  private UUID actionId;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  private String request;

  @Column(name = "raised_by")
  private UUID raisedBy;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Version private long version;

  protected RaisedAction() {}

  RaisedAction(UUID actionId, UUID partnershipId, String request, UUID raisedBy, Instant now) {
    this.actionId = actionId;
    this.partnershipId = partnershipId;
    this.request = request.strip();
    this.raisedBy = raisedBy;
    this.raisedAt = now;
  }

  void change(String request, UUID raisedBy, Instant now) {
    this.request = request.strip();
    this.raisedBy = raisedBy;
    this.raisedAt = now;
  }

  public UUID actionId() {
    return actionId;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String request() {
    return request;
  }

  public Instant raisedAt() {
    return raisedAt;
  }
}
