package uk.missingchildren.response.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: BCrypt of the password's SHA-256 digest (Base64), marked {@code
 * {bcrypt-sha256}}. BCrypt reads only the first 72 bytes of what it is given, and refuses more, so
 * hashing first lets a password of any length count in full (a 256-character passphrase, or 40
 * characters of Welsh or emoji at 4 bytes each). The digest is Base64 so it holds no zero bytes.
 *
 * <p>Hashes stored before the marker existed are BCrypt of the password itself, which was at most
 * 72 bytes: they still work, and are upgraded to the new form at the next successful sign-in.
 */
final class PasswordHashing {

  static final String CURRENT = "bcrypt-sha256";
  static final int BCRYPT_MAXIMUM_BYTES = 72;

  private PasswordHashing() {}

  static PasswordEncoder encoder(int cost) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT, new DigestThenBcrypt(bcrypt)));
    encoder.setDefaultPasswordEncoderForMatches(new EarlierPlainBcrypt(bcrypt));
    return encoder;
  }

  static String digest(CharSequence password) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256")
              .digest(password.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private record DigestThenBcrypt(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
    @Override
    public String encode(CharSequence password) {
      return bcrypt.encode(digest(password));
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
      return password != null && bcrypt.matches(digest(password), hash);
    }
  }

  /** Hashes from before the marker: BCrypt of a password that was never longer than 72 bytes. */
  private record EarlierPlainBcrypt(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
    @Override
    public String encode(CharSequence password) {
      throw new UnsupportedOperationException("New hashes are always " + CURRENT);
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
      return password != null
          && password.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAXIMUM_BYTES
          && bcrypt.matches(password, hash);
    }
  }
}
