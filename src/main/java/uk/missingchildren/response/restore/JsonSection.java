package uk.missingchildren.response.restore;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import uk.missingchildren.response.partnership.DataFileSection;

/** One section of the file as a restorer sees it: its records, and the ids restored so far. */
final class JsonSection implements DataFileSection {

  private final String name;
  private final JsonNode records;
  private final RecordReader reader;
  private final RestoredIds ids;

  JsonSection(String name, JsonNode records, RecordReader reader, RestoredIds ids) {
    this.name = name;
    this.records = records;
    this.reader = reader;
    this.ids = ids;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public <T extends Record> List<T> records(Class<T> type) {
    // A file written before this section was added to the export has none of its records; the
    // checksum already shows that nothing was taken out of a file since it was written.
    return records == null ? List.of() : reader.list(records, type, name);
  }

  @Override
  public UUID newId(UUID idInFile, String where) {
    return ids.assign(name, idInFile, where);
  }

  @Override
  public UUID restoredId(String section, UUID idInFile, String where) {
    return ids.resolve(section, idInFile, where);
  }
}
