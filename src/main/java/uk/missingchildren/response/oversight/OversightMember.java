package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone in an oversight group: its lead manages it, every member sees what is shared. */
@Entity
@Table(name = "oversight_member")
public class OversightMember {

  /** The lead adds members and invites partnerships; a member looks. */
  public enum Role {
    LEAD,
    MEMBER
  }

  @Id private UUID id;

  @Column(name = "group_id")
  private UUID groupId;

  @Column(name = "account_id")
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "joined_at")
  private Instant joinedAt;

  protected OversightMember() {}

  OversightMember(UUID groupId, UUID accountId, Role role, Instant now) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.accountId = accountId;
    this.role = role;
    this.joinedAt = now;
  }

  public UUID groupId() {
    return groupId;
  }

  public UUID accountId() {
    return accountId;
  }

  public Role role() {
    return role;
  }

  public boolean lead() {
    return role == Role.LEAD;
  }
}
