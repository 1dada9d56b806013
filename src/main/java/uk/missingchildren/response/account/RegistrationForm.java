package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What someone types to create an account. The password's strength is checked by {@link
 * PasswordPolicy}.
 */
public class RegistrationForm {

  @NotBlank(message = "{registration.error.nameMissing}")
  @Size(max = 100, message = "{registration.error.nameTooLong}")
  private String displayName;

  @NotBlank(message = "{email.error.missing}")
  @Size(max = EmailAddresses.MAXIMUM_LENGTH, message = "{email.error.tooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{email.error.format}")
  private String email;

  private String password;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
