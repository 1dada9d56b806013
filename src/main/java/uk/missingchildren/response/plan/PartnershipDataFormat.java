package uk.missingchildren.response.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.missingchildren.response.partnership.Partnership;

/**
 * What a partnership's data file is, for the export that writes it and the import that reads it:
 * the keys of its header, its format and schema version, and its checksum.
 *
 * <p>The checksum is the SHA-256 of the file's content without the checksum itself, written as
 * canonical JSON ({@link CanonicalJson}), so it does not depend on white space or on the order of
 * keys, and any instance computes the same one. It shows that a file is as the service wrote it:
 * edited by hand or damaged since, it no longer matches. It is not a signature: anyone who can edit
 * the file can work out a new checksum, so it says nothing of who made the file.
 */
public final class PartnershipDataFormat {

  public static final String FORMAT = "missing-children-response-assessment/partnership-data";

  /** Goes up only when a field is removed or changes meaning; new sections and fields keep it. */
  public static final int SCHEMA_VERSION = 1;

  public static final String FORMAT_KEY = "format";
  public static final String SCHEMA_VERSION_KEY = "schemaVersion";
  public static final String EXPORTED_AT_KEY = "exportedAt";
  public static final String SERVICE_KEY = "service";
  public static final String FRAMEWORK_VERSION_KEY = "frameworkVersion";
  public static final String PARTNERSHIP_KEY = "partnership";
  public static final String CHECKSUM_KEY = "checksum";

  /** The keys the file starts with, before the features' sections; the checksum comes last. */
  public static final List<String> HEADER_KEYS =
      List.of(
          FORMAT_KEY,
          SCHEMA_VERSION_KEY,
          EXPORTED_AT_KEY,
          SERVICE_KEY,
          FRAMEWORK_VERSION_KEY,
          PARTNERSHIP_KEY);

  public static final String CHECKSUM_ALGORITHM = "SHA-256";

  private PartnershipDataFormat() {}

  /** The partnership itself, as the file's {@code "partnership"} holds it. */
  public record PartnershipData(
      UUID id, String name, String localAuthorityAreas, String policeForceArea, Instant createdAt) {
    static PartnershipData of(Partnership partnership) {
      return new PartnershipData(
          partnership.id(),
          partnership.name(),
          partnership.localAuthorityAreas(),
          partnership.policeForceArea(),
          partnership.createdAt());
    }
  }

  /** The file's {@code "checksum"}: which algorithm, and its value in lower-case hexadecimal. */
  public record Checksum(String algorithm, String value) {}

  /** The checksum of a file's content: everything in it but its {@code "checksum"}. */
  public static Checksum checksum(ObjectNode file) {
    ObjectNode content = file.deepCopy();
    content.remove(CHECKSUM_KEY);
    return new Checksum(CHECKSUM_ALGORITHM, sha256(CanonicalJson.write(content)));
  }

  /** Whether the file carries a checksum, and it matches the file's content. */
  public static boolean intact(ObjectNode file) {
    JsonNode written = file.get(CHECKSUM_KEY);
    Checksum actual = checksum(file);
    return written != null
        && written.isObject()
        && actual.algorithm().equals(text(written.get("algorithm")))
        && actual.value().equals(text(written.get("value")));
  }

  /**
   * Whether the file says it has a checksum at all (one this service may or may not agree with).
   */
  public static boolean hasChecksum(ObjectNode file) {
    JsonNode written = file.get(CHECKSUM_KEY);
    return written != null && written.isObject() && written.has("value");
  }

  private static String text(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : null;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(CHECKSUM_ALGORITHM)
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
