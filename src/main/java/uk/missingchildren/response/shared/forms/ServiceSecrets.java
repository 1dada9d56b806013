package uk.missingchildren.response.shared.forms;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keys the service signs things with. Each is made at random the first time it is needed and kept
 * in the database, so every instance sharing the database uses the same key and a restart keeps it.
 */
@Component
public class ServiceSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;

  ServiceSecrets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The key called {@code name}: 256 random bits. */
  public byte[] key(String name) {
    return existing(name)
        .orElseGet(
            () -> {
              byte[] fresh = new byte[32];
              RANDOM.nextBytes(fresh);
              try {
                jdbc.update(
                    "INSERT INTO service_secret (name, secret) VALUES (?, ?)",
                    name,
                    Base64.getEncoder().encodeToString(fresh));
              } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // Both instances read the one that was stored first.
              }
              return existing(name).orElseThrow();
            });
  }

  private java.util.Optional<byte[]> existing(String name) {
    return jdbc
        .query(
            "SELECT secret FROM service_secret WHERE name = ?",
            (row, n) -> Base64.getDecoder().decode(row.getString(1)),
            name)
        .stream()
        .findFirst();
  }
}
