package uk.missingchildren.response.partnership;

import jakarta.validation.constraints.NotNull;

/** A member's new role. */
public class RoleForm {

  @NotNull(message = "{members.role.error.missing}")
  private Role role;

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
