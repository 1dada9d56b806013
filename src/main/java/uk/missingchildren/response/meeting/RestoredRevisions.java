package uk.missingchildren.response.meeting;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gives restored answers and item ratings back the revision they had in the data file (how many
 * times each was saved). JPA inserts an entity only while its version is unset, taking one with a
 * version for a row that already exists, so these rows are inserted at revision 0 and their
 * revisions written straight after: one statement per distinct revision, not one per row.
 */
@Component
public class RestoredRevisions {

  /** Ids per statement, well inside every database's limit on parameters. */
  private static final int MOST_IDS = 500;

  private static final Set<String> TABLES = Set.of("benchmark_answer", "checklist_item_rating");

  private final EntityManager entities;

  RestoredRevisions(EntityManager entities) {
    this.entities = entities;
  }

  /**
   * @param table {@code benchmark_answer} or {@code checklist_item_rating}
   * @param revisionOf each restored row's id and the revision it had in the file
   */
  public void set(String table, Map<UUID, Integer> revisionOf) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("Not a table with revisions: " + table);
    }
    entities.flush();
    Map<Integer, List<UUID>> idsByRevision =
        revisionOf.entrySet().stream()
            .filter(entry -> entry.getValue() != 0)
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getValue,
                    TreeMap::new,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    idsByRevision.forEach(
        (revision, ids) -> {
          for (int from = 0; from < ids.size(); from += MOST_IDS) {
            List<UUID> some =
                new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + MOST_IDS)));
            entities
                .createNativeQuery(
                    "UPDATE " + table + " SET revision = :revision WHERE id IN (:ids)")
                .setParameter("revision", revision)
                .setParameter("ids", some)
                .executeUpdate();
          }
        });
  }
}
