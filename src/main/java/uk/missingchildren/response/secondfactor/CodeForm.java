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

  /**
   * Rejects what cannot be an app's code (nothing, or not 6 digits) with the message that says
   * which; true when it did, so the code need not be checked.
   */
  boolean rejectedAsNotACode(org.springframework.validation.BindingResult errors) {
    if (codeMissing()) {
      errors.rejectValue("code", "secondFactor.code.missing");
      return true;
    }
    if (notSixDigits()) {
      errors.rejectValue("code", "secondFactor.code.notSixDigits");
      return true;
    }
    return false;
  }

  boolean codeMissing() {
    return code == null || code.isBlank();
  }

  /** A code from an app is 6 digits, with any spaces people type between them. */
  private boolean notSixDigits() {
    return !TimeBasedCodes.digitsOf(code).matches("\\d{" + TimeBasedCodes.DIGITS + "}");
  }
}
