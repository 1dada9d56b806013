package uk.missingchildren.response.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's account (its provider's issuer and the subject the provider gives the person,
 * which unlike the email address never changes) that signs in as one of ours.
 */
@Entity
@Table(name = "sso_identity")
class SsoIdentity {

  /** Issuer and subject together name one person at one provider. */
  @Embeddable
  record Key(String issuer, String subject) implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "linked_at")
  private Instant linkedAt;

  protected SsoIdentity() {}

  SsoIdentity(String issuer, String subject, UUID accountId, Instant now) {
    this.key = new Key(issuer, subject);
    this.accountId = accountId;
    this.linkedAt = now;
  }

  UUID accountId() {
    return accountId;
  }
}
