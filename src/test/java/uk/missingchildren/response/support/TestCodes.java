package uk.missingchildren.response.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits), written apart from
 * the service's own so a mistake in one is not repeated in the other.
 */
public final class TestCodes {

  /** RFC 4648's example key "Hello!\xDE\xAD\xBE\xEF" twice, in base32. */
  public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private TestCodes() {}

  public static long stepNow() {
    return Instant.now().getEpochSecond() / 30;
  }

  public static String code(String base32Secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[19] & 0xf;
      int value =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", value % 1_000_000);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] decode(String base32) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = base32.replace(" ", "").toUpperCase();
    byte[] out = new byte[clean.length() * 5 / 8];
    long buffer = 0;
    int bits = 0;
    int index = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }
}
