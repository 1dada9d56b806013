package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new email address, confirmed by the current password. */
public class ChangeEmailForm {

  @NotBlank(message = "{changeEmail.error.missing}")
  @Size(max = EmailAddresses.MAXIMUM_LENGTH, message = "{email.error.tooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{email.error.format}")
  private String newEmail;

  @NotEmpty(message = "{changePassword.error.currentMissing}")
  private String currentPassword;

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
