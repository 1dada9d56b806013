package uk.missingchildren.response.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new oversight group: its name and the kind of area it looks across. */
public class GroupForm {

  @NotBlank(message = "{oversight.new.error.nameMissing}")
  @Size(max = 150, message = "{oversight.new.error.nameTooLong}")
  private String name;

  @NotNull(message = "{oversight.new.error.kindMissing}")
  private AreaKind kind;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AreaKind getKind() {
    return kind;
  }

  public void setKind(AreaKind kind) {
    this.kind = kind;
  }
}
