package uk.missingchildren.response.account;

/** A new password chosen through a reset link. */
public class PasswordResetForm {

  private String password;

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
