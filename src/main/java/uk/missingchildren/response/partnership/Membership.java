package uk.missingchildren.response.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's place in one partnership. */
@Entity
@Table(name = "membership")
public class Membership {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "account_id")
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "joined_at")
  private Instant joinedAt;

  protected Membership() {}

  Membership(UUID partnershipId, UUID accountId, Role role, Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.accountId = accountId;
    this.role = role;
    this.joinedAt = now;
  }

  void changeRole(Role newRole) {
    this.role = newRole;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID accountId() {
    return accountId;
  }

  public Role role() {
    return role;
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
