package uk.missingchildren.response.account;

/** What the service accepts as an email address: something@something.something, no spaces. */
public final class EmailAddresses {

  public static final String PATTERN = "^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$";

  private EmailAddresses() {}

  public static boolean valid(String email) {
    return email != null && email.length() <= 320 && email.matches(PATTERN);
  }
}
