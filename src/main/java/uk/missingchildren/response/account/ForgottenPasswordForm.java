package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The address to send a password reset link to. */
public class ForgottenPasswordForm {

  @NotBlank(message = "{email.error.missing}")
  @Size(max = EmailAddresses.MAXIMUM_LENGTH, message = "{email.error.tooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{email.error.format}")
  private String email;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
