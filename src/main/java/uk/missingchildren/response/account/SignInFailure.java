package uk.missingchildren.response.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in, counted against an email address and against a network address. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "throttle_key")
  private String throttleKey;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected SignInFailure() {}

  SignInFailure(String throttleKey, Instant occurredAt) {
    this.throttleKey = throttleKey;
    this.occurredAt = occurredAt;
  }
}
