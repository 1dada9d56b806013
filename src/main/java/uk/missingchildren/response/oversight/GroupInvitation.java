package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use link for a partnership's coordinator to join a group; only its hash is kept. */
@Entity
@Table(name = "oversight_invitation")
class GroupInvitation {

  @Id private UUID id;

  @Column(name = "group_id")
  private UUID groupId;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected GroupInvitation() {}

  GroupInvitation(UUID groupId, String secretHash, UUID createdBy, Instant now, Instant expires) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.secretHash = secretHash;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.expiresAt = expires;
  }

  boolean usable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    usedAt = now;
  }

  UUID groupId() {
    return groupId;
  }
}
