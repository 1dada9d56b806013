package uk.missingchildren.response.agencyviews;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's own answer to one question, with their reason if they gave one. */
@Entity
@Table(name = "given_view")
public class GivenView {

  @Id private UUID id;
  private UUID giverId;
  private String itemId;
  private String answer;
  private String reason;
  private Instant savedAt;

  protected GivenView() {}

  GivenView(UUID giverId, String itemId) {
    this.id = UUID.randomUUID();
    this.giverId = giverId;
    this.itemId = itemId;
  }

  void change(String answer, String reason, Instant now) {
    this.answer = answer;
    this.reason = reason;
    this.savedAt = now;
  }

  public UUID giverId() {
    return giverId;
  }

  public String itemId() {
    return itemId;
  }

  public String answer() {
    return answer;
  }

  public String reason() {
    return reason;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
