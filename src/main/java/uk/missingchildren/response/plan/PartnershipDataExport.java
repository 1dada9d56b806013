package uk.missingchildren.response.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * All of a partnership's records as one JSON file, so a partnership can take its data elsewhere or
 * bring it back as a new partnership. The file says what it is ({@link PartnershipDataFormat}),
 * when it was made and which framework version the service was on; then the partnership, then one
 * section per {@link PartnershipDataContributor}, in their order; and last its checksum, so an
 * import can tell the file is as it was written. Members' accounts are not included.
 */
@Service
class PartnershipDataExport {

  private static final Set<String> OWN_KEYS = ownKeys();

  private final List<PartnershipDataContributor> contributors;
  private final FrameworkCatalogue catalogue;
  private final PlanWords words;
  private final JsonMapper json;
  private final Clock clock;

  PartnershipDataExport(
      List<PartnershipDataContributor> contributors,
      FrameworkCatalogue catalogue,
      PlanWords words,
      JsonMapper json,
      Clock clock) {
    this.contributors = contributors;
    this.catalogue = catalogue;
    this.words = words;
    this.json = json;
    this.clock = clock;
    requireDistinctSections(contributors);
  }

  /** One read-only transaction for every section, so they agree with each other. */
  @Transactional(readOnly = true)
  PlanFile export(PartnershipContext context) {
    Instant now = clock.instant();
    Map<String, Object> content = new LinkedHashMap<>();
    content.put(PartnershipDataFormat.FORMAT_KEY, PartnershipDataFormat.FORMAT);
    content.put(PartnershipDataFormat.SCHEMA_VERSION_KEY, PartnershipDataFormat.SCHEMA_VERSION);
    content.put(PartnershipDataFormat.EXPORTED_AT_KEY, now);
    content.put(PartnershipDataFormat.SERVICE_KEY, words.message("service.name"));
    content.put(PartnershipDataFormat.FRAMEWORK_VERSION_KEY, catalogue.current().version());
    content.put(
        PartnershipDataFormat.PARTNERSHIP_KEY,
        PartnershipDataFormat.PartnershipData.of(context.partnership()));
    contributors.forEach(
        contributor -> content.put(contributor.section(), contributor.export(context)));
    // The checksum is worked out from the file as it will be read back, not from the Java values,
    // so whatever Jackson makes of a value (an instant's digits, say) is what it covers.
    ObjectNode file = (ObjectNode) json.readTree(json.writeValueAsBytes(content));
    file.set(
        PartnershipDataFormat.CHECKSUM_KEY, json.valueToTree(PartnershipDataFormat.checksum(file)));
    byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    LocalDate day = UkTime.dateOf(now);
    return new PlanFile(
        bytes,
        MediaType.APPLICATION_JSON,
        PlanFile.name("partnership-data", context.partnership().name(), day, "json"));
  }

  private static Set<String> ownKeys() {
    Set<String> keys = new HashSet<>(PartnershipDataFormat.HEADER_KEYS);
    keys.add(PartnershipDataFormat.CHECKSUM_KEY);
    return Set.copyOf(keys);
  }

  private static void requireDistinctSections(List<PartnershipDataContributor> contributors) {
    Set<String> seen = new HashSet<>(OWN_KEYS);
    for (PartnershipDataContributor contributor : contributors) {
      if (!seen.add(contributor.section())) {
        throw new IllegalStateException(
            "Two parts of the data export are called \"" + contributor.section() + "\"");
      }
    }
  }
}
