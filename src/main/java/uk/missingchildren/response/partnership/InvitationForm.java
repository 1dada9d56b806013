package uk.missingchildren.response.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.missingchildren.response.account.EmailAddresses;

/** Who to invite, and with which role. */
public class InvitationForm {

  @NotBlank(message = "{invitation.error.emailMissing}")
  @Size(max = EmailAddresses.MAXIMUM_LENGTH, message = "{email.error.tooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{email.error.format}")
  private String email;

  @NotNull(message = "{invitation.error.roleMissing}")
  private Role role;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
