package uk.missingchildren.response.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use, time-limited link sent by email. Only a hash of the secret is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

  enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    CHANGE_EMAIL
  }

  @Id private UUID id;

  @Column(name = "account_id")
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "new_email")
  private String newEmail;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  AccountToken(
      UUID accountId,
      Purpose purpose,
      String tokenHash,
      String newEmail,
      Instant now,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.newEmail = newEmail;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  UUID accountId() {
    return accountId;
  }

  Purpose purpose() {
    return purpose;
  }

  String newEmail() {
    return newEmail;
  }
}
