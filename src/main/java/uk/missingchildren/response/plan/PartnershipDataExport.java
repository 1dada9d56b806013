package uk.missingchildren.response.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.partnership.Partnership;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * All of a partnership's records as one JSON file, so a partnership can take its data elsewhere.
 * The file says what it is ({@link #FORMAT}, {@link #SCHEMA_VERSION}), when it was made and which
 * framework version the service was on; then the partnership, then one section per
 * {@link PartnershipDataContributor}, in their order. Members' accounts are not included.
 */
@Service
class PartnershipDataExport {

  static final String FORMAT = "missing-children-response-assessment/partnership-data";
  /** Goes up only when a field is removed or changes meaning; new sections and fields keep it. */
  static final int SCHEMA_VERSION = 1;
  private static final Set<String> OWN_KEYS =
      Set.of("format", "schemaVersion", "exportedAt", "service", "frameworkVersion", "partnership");

  private final List<PartnershipDataContributor> contributors;
  private final FrameworkCatalogue catalogue;
  private final PlanWords words;
  private final JsonMapper json;
  private final Clock clock;

  PartnershipDataExport(List<PartnershipDataContributor> contributors, FrameworkCatalogue catalogue, PlanWords words,
      JsonMapper json, Clock clock) {
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
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("format", FORMAT);
    file.put("schemaVersion", SCHEMA_VERSION);
    file.put("exportedAt", now);
    file.put("service", words.message("service.name"));
    file.put("frameworkVersion", catalogue.current().version());
    file.put("partnership", PartnershipData.of(context.partnership()));
    contributors.forEach(contributor -> file.put(contributor.section(), contributor.export(context)));
    byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    LocalDate day = LocalDate.ofInstant(now, PlanRows.UK);
    return new PlanFile(bytes, MediaType.APPLICATION_JSON,
        PlanFile.name("partnership-data", context.partnership().name(), day, "json"));
  }

  private static void requireDistinctSections(List<PartnershipDataContributor> contributors) {
    Set<String> seen = new HashSet<>(OWN_KEYS);
    for (PartnershipDataContributor contributor : contributors) {
      if (!seen.add(contributor.section())) {
        throw new IllegalStateException("Two parts of the data export are called \"" + contributor.section() + "\"");
      }
    }
  }

  record PartnershipData(UUID id, String name, String localAuthorityAreas, String policeForceArea,
      Instant createdAt) {
    static PartnershipData of(Partnership partnership) {
      return new PartnershipData(partnership.id(), partnership.name(), partnership.localAuthorityAreas(),
          partnership.policeForceArea(), partnership.createdAt());
    }
  }
}
