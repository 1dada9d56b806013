package uk.missingchildren.response.shared.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Strong random numbers without a queue: the platform's default generator takes one lock for every
 * caller in the process, which under load had page requests waiting on each other for CSRF tokens
 * and form tokens. Each thread here has its own DRBG generator (NIST SP 800-90A), seeded by the
 * platform.
 */
public final class PerThreadSecureRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;
  private static final PerThreadSecureRandom INSTANCE = new PerThreadSecureRandom();
  private static final ThreadLocal<SecureRandom> GENERATORS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
              return new SecureRandom();
            }
          });

  private PerThreadSecureRandom() {}

  public static SecureRandom instance() {
    return INSTANCE;
  }

  /** 128 random bits as 32 hexadecimal digits. */
  public static String token() {
    byte[] bytes = new byte[16];
    GENERATORS.get().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void nextBytes(byte[] bytes) {
    GENERATORS.get().nextBytes(bytes);
  }

  @Override
  public int nextInt() {
    return GENERATORS.get().nextInt();
  }

  @Override
  public long nextLong() {
    return GENERATORS.get().nextLong();
  }
}
