package uk.missingchildren.response.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/** The authenticator app an account has set up, once a code from it has been typed. */
@Entity
@Table(name = "second_factor")
class SecondFactor {

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  private String secret;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_step")
  private long lastStep;

  @Version private long version;

  protected SecondFactor() {}

  SecondFactor(UUID accountId, String secret, long confirmedStep, Instant now) {
    this.accountId = accountId;
    this.secret = secret;
    this.lastStep = confirmedStep;
    this.confirmedAt = now;
  }

  /** A different app (a new phone), confirmed by a code from it. */
  void replace(String newSecret, long confirmedStep, Instant now) {
    this.secret = newSecret;
    this.lastStep = confirmedStep;
    this.confirmedAt = now;
  }

  /** Whether the code is the app's current one and not used before; remembers it if so. */
  boolean accepts(String typed, Instant now) {
    OptionalLong step = TimeBasedCodes.matchingStep(secret, typed, now, lastStep);
    step.ifPresent(s -> lastStep = s);
    return step.isPresent();
  }

  Instant confirmedAt() {
    return confirmedAt;
  }
}
