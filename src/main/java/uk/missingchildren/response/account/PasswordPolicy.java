package uk.missingchildren.response.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Password rules from NCSC guidance: long enough, not a commonly used password, not made of spaces
 * or a few characters repeated, and no composition rules (no forced symbols or digits), which only
 * push people towards predictable patterns. The longest is 256 characters, whatever their size in
 * bytes: passwords are digested before BCrypt ({@link PasswordHashing}), so none is cut short.
 */
@Component
public class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 256;

  /** Fewer different characters than this (spaces aside) is "aaaaaaaaaaaa" or "abcabcabcabc". */
  static final int MINIMUM_DIFFERENT_CHARACTERS = 5;

  private static final String COMMON_PASSWORDS =
      "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
  private static final Set<String> SERVICE_WORDS =
      Set.of("missingchildren", "missingchild", "safeguarding", "password", "partnership");

  private final Set<String> common = loadCommonPasswords();

  /** The message key of the first rule the password breaks, if any. */
  public Optional<String> problemWith(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.error.empty");
    }
    if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
      return Optional.of("password.error.tooShort");
    }
    if (password.codePointCount(0, password.length()) > MAXIMUM_LENGTH) {
      return Optional.of("password.error.tooLong");
    }
    if (password.codePoints().filter(c -> !Character.isWhitespace(c)).distinct().count()
        < MINIMUM_DIFFERENT_CHARACTERS) {
      return Optional.of("password.error.repetitive");
    }
    String folded = password.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (common.contains(password.toLowerCase(Locale.ROOT))
        || common.contains(folded)
        || common.contains(folded.replaceAll("[0-9]+$", ""))
        || SERVICE_WORDS.stream().anyMatch(word -> folded.replaceAll("[0-9]+", "").equals(word))
        || isTheEmail(folded, email)) {
      return Optional.of("password.error.common");
    }
    return Optional.empty();
  }

  private static boolean isTheEmail(String folded, String email) {
    if (email == null || email.isBlank()) {
      return false;
    }
    String local = email.toLowerCase(Locale.ROOT).split("@")[0].replaceAll("[^a-z0-9]", "");
    return !local.isEmpty() && folded.contains(local) && folded.length() - local.length() < 6;
  }

  private static Set<String> loadCommonPasswords() {
    Set<String> passwords = new HashSet<>();
    try (InputStream in =
        PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
      if (in == null) {
        throw new IllegalStateException("The common password list is missing: " + COMMON_PASSWORDS);
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .forEach(passwords::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passwords;
  }
}
