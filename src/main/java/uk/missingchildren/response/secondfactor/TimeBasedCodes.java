package uk.missingchildren.response.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as RFC 6238 defines them with the settings every authenticator app uses
 * by default: HMAC-SHA1, 30-second steps, 6 digits. A code is accepted one step either side of now,
 * because a phone's clock and a person's typing are rarely exact.
 */
final class TimeBasedCodes {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeBasedCodes() {}

  /** A new secret of 160 bits, the length RFC 4226 recommends, in base32. */
  static String newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  static long step(Instant when) {
    return Math.floorDiv(when.getEpochSecond(), STEP_SECONDS);
  }

  /** The code an app shows during {@code step}. */
  static String code(String secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /**
   * The step whose code was typed, if it is within a step of now and later than {@code lastUsed} (a
   * code already accepted cannot be used again, even by someone watching over a shoulder).
   */
  static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsed) {
    String code = digitsOf(typed);
    if (code.length() != DIGITS) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - 1; step <= current + 1; step++) {
      boolean same = MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes());
      if (same && step > lastUsed) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** Apps show codes as "123 456"; people type them with spaces or dashes. */
  static String digitsOf(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }
}
