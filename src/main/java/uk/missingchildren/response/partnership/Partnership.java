package uk.missingchildren.response.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A local safeguarding partnership (or similar group) using the tool: the owner of its data. */
@Entity
@Table(name = "partnership")
public class Partnership {

  @Id private UUID id;
  private String name;

  @Column(name = "local_authority_areas")
  private String localAuthorityAreas;

  @Column(name = "police_force_area")
  private String policeForceArea;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private UUID deletedBy;

  @Column(name = "second_factor_required")
  private boolean secondFactorRequired;

  @Column(name = "counted_nationally")
  private boolean countedNationally;

  @Version private long version;

  protected Partnership() {}

  Partnership(String name, String localAuthorityAreas, String policeForceArea, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name.strip();
    this.localAuthorityAreas = localAuthorityAreas.strip();
    this.policeForceArea = policeForceArea.strip();
    this.createdAt = now;
  }

  /** Whether every member must use a second factor when they sign in with a password. */
  public boolean secondFactorRequired() {
    return secondFactorRequired;
  }

  void requireSecondFactor(boolean required) {
    this.secondFactorRequired = required;
  }

  /** Whether the partnership agreed to be counted, unnamed, in the national picture. */
  public boolean countedNationally() {
    return countedNationally;
  }

  void countNationally(boolean counted) {
    this.countedNationally = counted;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String localAuthorityAreas() {
    return localAuthorityAreas;
  }

  public String policeForceArea() {
    return policeForceArea;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether a coordinator has deleted it: hidden from everyone, restorable until it is purged. */
  public boolean deleted() {
    return deletedAt != null;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  /** When the purge job removes it for good, if it is deleted. */
  public Instant purgedAfter(Duration kept) {
    return deletedAt == null ? null : deletedAt.plus(kept);
  }

  /** The typed confirmation matches the name, ignoring case and spaces around it. */
  boolean isNamed(String typed) {
    return typed != null && typed.strip().equalsIgnoreCase(name);
  }

  void delete(UUID by, Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      deletedBy = by;
    }
  }

  void restore() {
    deletedAt = null;
    deletedBy = null;
  }
}
