package uk.missingchildren.response.account;

import jakarta.validation.constraints.Size;

/**
 * The person's password, so nobody at an unlocked computer can delete someone else's account; for
 * an account that signs in with an organisation's account and has no password, its email address
 * typed out instead.
 */
public class DeleteAccountForm {

  @Size(max = 1000, message = "{deleteAccount.error.passwordWrong}")
  private String password;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
