package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** What a group said at one of its meetings in response to one raised action. */
@Entity
@Table(name = "oversight_response")
public class GroupResponse {

  static final int LIMIT = 2000;

  /** One action at one meeting. */
  @Embeddable
  public record Key(
      @Column(name = "meeting_id") UUID meetingId, @Column(name = "action_id") UUID actionId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  private String response;

  protected GroupResponse() {}

  GroupResponse(UUID meetingId, UUID actionId, UUID partnershipId, String response) {
    this.key = new Key(meetingId, actionId);
    this.partnershipId = partnershipId;
    this.response = response;
  }

  public UUID meetingId() {
    return key.meetingId();
  }

  public UUID actionId() {
    return key.actionId();
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String response() {
    return response;
  }

  void change(String response) {
    this.response = response;
  }
}
