package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's password, so nobody at an unlocked computer can delete someone else's account. */
public class DeleteAccountForm {

  @NotBlank(message = "{deleteAccount.error.passwordMissing}")
  @Size(max = 1000, message = "{deleteAccount.error.passwordWrong}")
  private String password;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
