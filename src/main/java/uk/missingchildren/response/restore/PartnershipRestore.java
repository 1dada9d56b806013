package uk.missingchildren.response.restore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;
import uk.missingchildren.response.partnership.PartnershipService;

/**
 * Brings a checked data file back as a new partnership, in one transaction: the partnership with
 * the person importing it as coordinator, then each feature's section in the order of the
 * references between them, then the audit log's first entry. A problem in any record, or anything
 * the database refuses, leaves nothing behind.
 */
@Service
class PartnershipRestore {

  private final PartnershipService partnerships;
  private final List<PartnershipDataRestorer> restorers;
  private final DataFileReader reader;
  private final AuditLog audit;
  private final EntityManager entities;

  PartnershipRestore(
      PartnershipService partnerships,
      List<PartnershipDataRestorer> restorers,
      List<PartnershipDataContributor> contributors,
      DataFileReader reader,
      AuditLog audit,
      EntityManager entities) {
    this.partnerships = partnerships;
    this.restorers = restorers;
    this.reader = reader;
    this.audit = audit;
    this.entities = entities;
    requireARestorerForEverySection(contributors, restorers);
  }

  /**
   * @return the new partnership's id
   * @throws DataFileProblem if a record is not as this service writes it; nothing is then written
   */
  @Transactional
  public UUID restore(DataFile file, SignedInUser user) {
    PartnershipContext context =
        partnerships.registerRestored(
            file.partnership().name(),
            file.partnership().localAuthorityAreas(),
            file.partnership().policeForceArea(),
            user);
    Map<String, Integer> counts = restoreSections(context, file);
    audit.record(
        new AuditEvent.Actor(user.accountId(), user.email()),
        context.partnershipId(),
        "PARTNERSHIP_RESTORED",
        context.partnership().name(),
        describe(file, counts));
    return context.partnershipId();
  }

  /**
   * Each section through its feature's restorer, in their order; how many records of each came
   * back.
   */
  private Map<String, Integer> restoreSections(PartnershipContext context, DataFile file) {
    RestoredIds ids = new RestoredIds();
    Map<String, Integer> counts = new LinkedHashMap<>();
    try {
      for (PartnershipDataRestorer restorer : restorers) {
        String section = restorer.section();
        counts.put(
            section,
            restorer.restore(
                context,
                new JsonSection(section, file.sections().get(section), reader.records(), ids)));
      }
      entities.flush();
    } catch (PersistenceException | DataAccessException refused) {
      // Every value has been checked against its column and its rules, so this is a file whose
      // records contradict each other in a way no check foresaw; it is still the file's fault, and
      // the transaction is rolled back all the same.
      throw new DataFileProblem("restore.error.inconsistent");
    }
    return counts;
  }

  /** Which file, when and where it was exported, and how much came back. */
  private static String describe(DataFile file, Map<String, Integer> counts) {
    return "From the data file \""
        + file.fileName()
        + "\", exported "
        + file.exportedAt()
        + " by "
        + shortened(file.service())
        + " (schema version "
        + file.schemaVersion()
        + ", partnership "
        + file.partnership().id()
        + "); restored: "
        + counts.entrySet().stream()
            .map(count -> count.getKey() + " " + count.getValue())
            .collect(Collectors.joining(", "));
  }

  /** The service's name as the file gives it, kept short enough for the audit log. */
  private static String shortened(String service) {
    return service.length() <= 100 ? service : service.substring(0, 100);
  }

  private static void requireARestorerForEverySection(
      List<PartnershipDataContributor> contributors, List<PartnershipDataRestorer> restorers) {
    Set<String> exported =
        contributors.stream()
            .map(PartnershipDataContributor::section)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> restored =
        restorers.stream()
            .map(PartnershipDataRestorer::section)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!exported.equals(restored) || restored.size() != restorers.size()) {
      throw new IllegalStateException(
          "Every section of the data export needs exactly one restorer: exported "
              + exported
              + ", restored "
              + restorers.stream().map(PartnershipDataRestorer::section).toList());
    }
  }
}
