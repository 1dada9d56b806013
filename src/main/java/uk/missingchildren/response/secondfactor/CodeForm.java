package uk.missingchildren.response.secondfactor;

/** A code typed from the authenticator app or a recovery code; the password where one is asked. */
public class CodeForm {

  private String code;
  private String password;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  boolean codeMissing() {
    return code == null || code.isBlank();
  }

  /** A code from an app is 6 digits, with any spaces people type between them. */
  boolean notSixDigits() {
    return !TimeBasedCodes.digitsOf(code).matches("\\d{" + TimeBasedCodes.DIGITS + "}");
  }
}
