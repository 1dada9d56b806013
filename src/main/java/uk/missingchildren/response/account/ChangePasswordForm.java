package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotEmpty;

/** The current password, to prove it is really them, and the new one. */
public class ChangePasswordForm {

  @NotEmpty(message = "{changePassword.error.currentMissing}")
  private String currentPassword;

  private String newPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
