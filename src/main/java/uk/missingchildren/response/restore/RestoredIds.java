package uk.missingchildren.response.restore;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;

/**
 * The new id of every record restored so far, by section and by the id it had in the file. Every
 * record gets a new id, so a file can be imported into the service it came from, even twice; the
 * references between records follow their records. Ids are kept per section, so a reference can
 * only lead to a record of the kind it names.
 */
final class RestoredIds {

  private final Map<String, Map<UUID, UUID>> bySection = new HashMap<>();

  UUID assign(String section, UUID idInFile, String where) {
    DataFileChecks.required(idInFile, where);
    UUID id = UUID.randomUUID();
    DataFileChecks.once(
        bySection.computeIfAbsent(section, name -> new HashMap<>()).putIfAbsent(idInFile, id)
            == null,
        where);
    return id;
  }

  /** Null for a null reference; a problem for a reference to nothing restored so far. */
  UUID resolve(String section, UUID idInFile, String where) {
    if (idInFile == null) {
      return null;
    }
    UUID id = bySection.getOrDefault(section, Map.of()).get(idInFile);
    if (id == null) {
      throw new DataFileProblem("restore.error.unknownReference", where);
    }
    return id;
  }
}
