package uk.missingchildren.response.shared.forms;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 signatures with the service's own keys ({@link ServiceSecrets}), one key per purpose,
 * read from the database once and then kept in memory.
 */
@Component
class Signatures {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

  private final ServiceSecrets secrets;
  private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

  /** A Mac per thread and purpose: looking one up and keying it cost more than signing. */
  private final ThreadLocal<Map<String, Mac>> macs =
      ThreadLocal.withInitial(java.util.HashMap::new);

  Signatures(ServiceSecrets secrets) {
    this.secrets = secrets;
  }

  /** The signature of {@code data} for {@code purpose}, URL-safe Base64. */
  String sign(String purpose, byte[] data) {
    Mac mac = macs.get().computeIfAbsent(purpose, this::newMac);
    return ENCODE.encodeToString(mac.doFinal(data));
  }

  private Mac newMac(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          keys.computeIfAbsent(
              purpose, name -> new SecretKeySpec(secrets.key(name), "HmacSHA256")));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether {@code signature} is {@code data}'s, compared in constant time. */
  boolean verify(String purpose, byte[] data, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(purpose, data).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
