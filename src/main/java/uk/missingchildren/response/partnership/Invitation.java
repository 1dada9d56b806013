package uk.missingchildren.response.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation by email to join a partnership with a role; its link works once, until it expires.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  private String email;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "invited_by")
  private UUID invitedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_sent_at")
  private Instant lastSentAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Invitation() {}

  Invitation(
      UUID partnershipId,
      String email,
      Role role,
      String tokenHash,
      UUID invitedBy,
      Instant now,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.email = email;
    this.role = role;
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy;
    this.createdAt = now;
    this.lastSentAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean pending(Instant now) {
    return acceptedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
  }

  /** A resent invitation gets a new link; the old one stops working. */
  void resend(String newTokenHash, Instant now, Instant newExpiry) {
    this.tokenHash = newTokenHash;
    this.lastSentAt = now;
    this.expiresAt = newExpiry;
  }

  void withdraw(Instant now) {
    this.withdrawnAt = now;
  }

  void accept(Instant now) {
    this.acceptedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return role;
  }

  public Instant lastSentAt() {
    return lastSentAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
