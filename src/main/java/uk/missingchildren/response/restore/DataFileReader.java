package uk.missingchildren.response.restore;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.PartnershipDataContributor;
import uk.missingchildren.response.plan.PartnershipDataFormat;
import uk.missingchildren.response.plan.PartnershipDataFormat.PartnershipData;

/**
 * Checks an uploaded file as a whole, in the order that gives the most useful answer: is there a
 * file, is it small enough, is it JSON, is it a partnership data file, of a schema version this
 * service reads, as it was written (its checksum), with the sections this service knows. Nothing is
 * written to the database here.
 */
@Component
class DataFileReader {

  /** Partnership details as the registration form limits them. */
  private static final int NAME = 150;

  private static final int AREAS = 500;
  private static final int FORCE = 150;

  /** Enough of a file's name for the audit log, whose details column is 2,000 characters. */
  private static final int FILE_NAME = 200;

  private final JsonMapper json;
  private final RecordReader records;
  private final RestoreProperties properties;
  private final List<String> sections;

  DataFileReader(
      JsonMapper json,
      RestoreProperties properties,
      List<PartnershipDataContributor> contributors) {
    // A key written twice would leave one of its values unchecked by anything but the checksum.
    this.json =
        json.rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    this.records = new RecordReader(this.json);
    this.properties = properties;
    this.sections = contributors.stream().map(PartnershipDataContributor::section).toList();
  }

  RecordReader records() {
    return records;
  }

  /**
   * @throws DataFileProblem saying what is wrong with the file
   */
  DataFile read(MultipartFile upload) {
    ObjectNode file = partnershipDataFile(upload);
    requireReadableVersion(file);
    if (!PartnershipDataFormat.hasChecksum(file)) {
      throw new DataFileProblem("restore.error.noChecksum");
    }
    if (!PartnershipDataFormat.intact(file)) {
      throw new DataFileProblem("restore.error.tampered");
    }
    requireKnownKeys(file);
    Instant exportedAt = exportedAt(file);
    PartnershipData partnership =
        records.one(
            file.get(PartnershipDataFormat.PARTNERSHIP_KEY),
            PartnershipData.class,
            PartnershipDataFormat.PARTNERSHIP_KEY);
    DataFileChecks.requiredText(partnership.name(), NAME, "partnership.name");
    DataFileChecks.requiredText(
        partnership.localAuthorityAreas(), AREAS, "partnership.localAuthorityAreas");
    DataFileChecks.requiredText(
        partnership.policeForceArea(), FORCE, "partnership.policeForceArea");
    Map<String, JsonNode> content = new LinkedHashMap<>();
    sections.forEach(section -> content.put(section, file.get(section)));
    return new DataFile(
        fileName(upload),
        file.get(PartnershipDataFormat.SCHEMA_VERSION_KEY).intValue(),
        DataFileChecks.required(exportedAt, PartnershipDataFormat.EXPORTED_AT_KEY),
        file.get(PartnershipDataFormat.SERVICE_KEY).asString(),
        partnership,
        content);
  }

  private ObjectNode partnershipDataFile(MultipartFile upload) {
    if (upload == null
        || (upload.isEmpty()
            && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()))) {
      throw new DataFileProblem("restore.error.missing");
    }
    if (upload.getSize() > properties.maxFileSize().toBytes()) {
      throw new DataFileProblem("restore.error.tooLarge", properties.maxMegabytes());
    }
    if (upload.isEmpty()) {
      throw new DataFileProblem("restore.error.empty");
    }
    JsonNode root;
    try {
      root = json.readTree(upload.getBytes());
    } catch (JacksonException notJson) {
      throw new DataFileProblem("restore.error.notJson");
    } catch (IOException unreadable) {
      throw new DataFileProblem("restore.error.unreadable");
    }
    if (root == null || !root.isObject()) {
      throw new DataFileProblem(
          root == null || root.isMissingNode()
              ? "restore.error.notJson"
              : "restore.error.notDataFile");
    }
    JsonNode format = root.get(PartnershipDataFormat.FORMAT_KEY);
    if (format == null
        || !format.isString()
        || !PartnershipDataFormat.FORMAT.equals(format.stringValue())) {
      throw new DataFileProblem("restore.error.notDataFile");
    }
    return (ObjectNode) root;
  }

  /** Checked before the checksum: a newer service may work its checksum out another way. */
  private static void requireReadableVersion(ObjectNode file) {
    JsonNode version = file.get(PartnershipDataFormat.SCHEMA_VERSION_KEY);
    if (version == null
        || !version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.intValue() < 1) {
      throw new DataFileProblem("restore.error.notDataFile");
    }
    if (version.intValue() > PartnershipDataFormat.SCHEMA_VERSION) {
      throw new DataFileProblem(
          "restore.error.newerVersion", version.intValue(), PartnershipDataFormat.SCHEMA_VERSION);
    }
  }

  /**
   * Every header key, and no key the export does not write. The export may add a section without a
   * new schema version: a file with one this service does not know comes from a newer service, and
   * importing the rest would drop that section without a word; a file without one comes from an
   * older service, written before the section was added, and brings none of its records.
   */
  private void requireKnownKeys(ObjectNode file) {
    Set<String> required = new HashSet<>(PartnershipDataFormat.HEADER_KEYS);
    required.add(PartnershipDataFormat.CHECKSUM_KEY);
    Set<String> known = new HashSet<>(required);
    known.addAll(sections);
    for (String key : file.propertyNames()) {
      if (!known.contains(key)) {
        throw new DataFileProblem("restore.error.unknownField", key);
      }
    }
    for (String key : required) {
      if (!file.has(key)) {
        throw new DataFileProblem("restore.error.fieldMissing", key);
      }
    }
    JsonNode service = file.get(PartnershipDataFormat.SERVICE_KEY);
    JsonNode framework = file.get(PartnershipDataFormat.FRAMEWORK_VERSION_KEY);
    if (!service.isString() || !framework.isString()) {
      throw new DataFileProblem(
          "restore.error.wrongType", service.isString() ? "frameworkVersion" : "service");
    }
  }

  private Instant exportedAt(ObjectNode file) {
    try {
      return json.treeToValue(file.get(PartnershipDataFormat.EXPORTED_AT_KEY), Instant.class);
    } catch (JacksonException notAMoment) {
      throw new DataFileProblem("restore.error.wrongType", PartnershipDataFormat.EXPORTED_AT_KEY);
    }
  }

  private static String fileName(MultipartFile upload) {
    String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
    // Some browsers send the whole path the file was chosen from; only its name is the person's
    // business here.
    String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return plain.length() <= FILE_NAME ? plain : plain.substring(0, FILE_NAME);
  }
}
