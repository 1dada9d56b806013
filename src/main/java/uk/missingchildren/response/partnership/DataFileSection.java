package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.UUID;

/**
 * One section of a partnership's data file, as a {@link PartnershipDataRestorer} reads it: its
 * records, already checked to have exactly the fields of the record type that wrote them, and the
 * new ids of everything restored so far, so a reference to another record (a review's earlier
 * round, an action's review, an update's meeting) can follow it into the new partnership.
 */
public interface DataFileSection {

  /** The section's key in the file, such as {@code "benchmarks"}. */
  String name();

  /**
   * Every record of the section as the type its contributor wrote (a record class, lists of records
   * inside it allowed).
   *
   * @throws DataFileProblem if the section is not a list of such records
   */
  <T extends Record> List<T> records(Class<T> type);

  /**
   * Where the section's record at {@code index} is in the file, for problems: {@code
   * "benchmarks[2]"}.
   */
  default String at(int index) {
    return name() + "[" + index + "]";
  }

  /**
   * Gives a record of this section its new id and remembers which id it had in the file.
   *
   * @throws DataFileProblem if the id is missing or was already used in this section
   */
  UUID newId(UUID idInFile, String where);

  /**
   * The new id of a record restored earlier, from this section or another; null for a null
   * reference.
   *
   * @param section the section the record is in, such as {@code "checklistReviews"}
   * @throws DataFileProblem if no record of that section had that id (or it comes later in the
   *     file)
   */
  UUID restoredId(String section, UUID idInFile, String where);
}
