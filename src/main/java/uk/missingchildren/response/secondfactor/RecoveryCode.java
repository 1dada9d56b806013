package uk.missingchildren.response.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * A single-use code for signing in when the authenticator app is lost. Ten are made at a time and
 * shown once; only their SHA-256 is kept, which is enough for 50 random bits.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

  static final int HOW_MANY = 10;
  // No 0/o, 1/l/i: the codes are read off paper.
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(UUID accountId, String code) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.codeHash = hash(code);
  }

  /** A new code to show: two groups of five, such as "k7mqp-3xw9a". */
  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** As typed: any case, with or without the dash and spaces. */
  static String hash(String typed) {
    String clean = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(clean.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  boolean used() {
    return usedAt != null;
  }

  void use(Instant when) {
    usedAt = when;
  }
}
