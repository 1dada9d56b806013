package uk.missingchildren.response.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/** Someone at a benchmarking meeting: not necessarily a member, so only a name, agency and role. */
@Entity
@Table(name = "benchmark_attendee")
public class Attendee {

  @Id private UUID id;

  @Column(name = "benchmark_id")
  private UUID benchmarkId;

  private String name;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  private String role;

  @Column(name = "added_at")
  private Instant addedAt;

  @Version private long version;

  protected Attendee() {}

  Attendee(UUID benchmarkId, String name, Agency agency, String role, Instant now) {
    this.id = UUID.randomUUID();
    this.benchmarkId = benchmarkId;
    this.addedAt = now;
    change(name, agency, role);
  }

  void change(String name, Agency agency, String role) {
    this.name = name;
    this.agency = agency;
    this.role = role;
  }

  public UUID id() {
    return id;
  }

  public UUID benchmarkId() {
    return benchmarkId;
  }

  public String name() {
    return name;
  }

  public Agency agency() {
    return agency;
  }

  public String role() {
    return role;
  }

  public Instant addedAt() {
    return addedAt;
  }

  /** Name, agency and role, for the audit log. */
  String describe() {
    return name + " (" + agency + (role == null ? "" : ", " + role) + ")";
  }
}
