package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What one partnership shares with one group now. Notes, evidence and names are never among them:
 * the group sees ratings, priorities, progress and counts.
 */
@Entity
@Table(name = "oversight_share")
public class Share {

  /** One partnership in one group. */
  @Embeddable
  public record Key(
      @Column(name = "group_id") UUID groupId, @Column(name = "partnership_id") UUID partnershipId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "stage_one")
  private boolean stageOne;

  private boolean checklists;

  @Column(name = "action_summary")
  private boolean actionSummary;

  @Column(name = "joined_by")
  private UUID joinedBy;

  @Column(name = "joined_at")
  private Instant joinedAt;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  protected Share() {}

  Share(UUID groupId, UUID partnershipId, SharingChoice choice, UUID joinedBy, Instant now) {
    this.key = new Key(groupId, partnershipId);
    this.joinedBy = joinedBy;
    this.joinedAt = now;
    change(choice, now);
  }

  void change(SharingChoice choice, Instant now) {
    this.stageOne = choice.stageOne();
    this.checklists = choice.checklists();
    this.actionSummary = choice.actionSummary();
    this.changedAt = now;
  }

  public UUID groupId() {
    return key.groupId();
  }

  public UUID partnershipId() {
    return key.partnershipId();
  }

  public boolean stageOne() {
    return stageOne;
  }

  public boolean checklists() {
    return checklists;
  }

  public boolean actionSummary() {
    return actionSummary;
  }

  public SharingChoice choice() {
    return new SharingChoice(stageOne, checklists, actionSummary);
  }
}
