package uk.missingchildren.response.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

  @Version private long version;

  protected Partnership() {}

  Partnership(String name, String localAuthorityAreas, String policeForceArea, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name.strip();
    this.localAuthorityAreas = localAuthorityAreas.strip();
    this.policeForceArea = policeForceArea.strip();
    this.createdAt = now;
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
}
