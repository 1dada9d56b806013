package uk.missingchildren.response.restore;

import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uk.missingchildren.response.plan.PartnershipDataFormat.PartnershipData;

/**
 * A data file that has passed the checks of the file as a whole: it is JSON, a partnership data
 * file of a schema version this service reads, with a checksum that matches and exactly the
 * sections this service knows. Its records are checked as each section is restored.
 *
 * @param fileName the uploaded file's name, for the audit log
 * @param sections each section's key and its records, as JSON
 */
record DataFile(
    String fileName,
    int schemaVersion,
    Instant exportedAt,
    String service,
    PartnershipData partnership,
    Map<String, JsonNode> sections) {}
