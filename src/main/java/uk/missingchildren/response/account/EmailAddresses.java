package uk.missingchildren.response.account;

/** What the service accepts as an email address: something@something.something, no spaces. */
public final class EmailAddresses {

  public static final String PATTERN = "^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$";

  /**
   * The format rule for a form field that is also {@code @NotBlank}: a blank field passes it, so
   * someone who leaves the field empty is told only that it is missing (one message per field).
   */
  public static final String PATTERN_WHEN_GIVEN = "^\\s*$|" + PATTERN;

  /** The longest address the standards allow (RFC 3696), and what every email column holds. */
  public static final int MAXIMUM_LENGTH = 320;

  private EmailAddresses() {}

  public static boolean valid(String email) {
    return email != null && email.length() <= MAXIMUM_LENGTH && email.matches(PATTERN);
  }
}
