package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "oversight_group")
public class OversightGroup {

  @Id private UUID id;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "area_kind")
  private AreaKind areaKind;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected OversightGroup() {}

  OversightGroup(String name, AreaKind areaKind, UUID createdBy, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name.strip();
    this.areaKind = areaKind;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public AreaKind areaKind() {
    return areaKind;
  }
}
