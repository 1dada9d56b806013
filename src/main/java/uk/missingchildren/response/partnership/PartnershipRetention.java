package uk.missingchildren.response.partnership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.OutboxRetention;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Deleted partnerships: the administrator's list and restore, and the purge that removes each one
 * with everything it owns once its time is up. The purge deletes only a partnership still deleted
 * and past its time, in one statement, so however many instances run it at once each partnership is
 * purged once, and one restored a moment before is left alone.
 */
@Service
public class PartnershipRetention {

  private static final Logger log = LoggerFactory.getLogger(PartnershipRetention.class);

  private final Partnerships partnerships;
  private final Memberships memberships;
  private final AuditLog audit;
  private final OutboxRetention outbox;
  private final FormSubmissions submissions;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final RetentionProperties properties;
  private final Clock clock;

  PartnershipRetention(
      Partnerships partnerships,
      Memberships memberships,
      AuditLog audit,
      OutboxRetention outbox,
      FormSubmissions submissions,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      RetentionProperties properties,
      Clock clock) {
    this.partnerships = partnerships;
    this.memberships = memberships;
    this.audit = audit;
    this.outbox = outbox;
    this.submissions = submissions;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @CheckedWithoutContext("site administrators only (enforced here and on /admin): names and dates")
  @PreAuthorize("hasRole('ADMIN')")
  public List<Deleted> deleted() {
    return transactions.execute(
        status ->
            partnerships.findByDeletedAtIsNotNull().stream()
                .sorted(Comparator.comparing(Partnership::deletedAt))
                .map(
                    p ->
                        new Deleted(
                            p.id(),
                            p.name(),
                            p.deletedAt(),
                            p.purgedAfter(properties.deletedPartnerships()),
                            memberships.countByPartnershipId(p.id())))
                .toList());
  }

  /** Brings a deleted partnership back, as it was, for its members. */
  @CheckedWithoutContext("site administrators only (enforced here and on /admin)")
  @PreAuthorize("hasRole('ADMIN')")
  public void restore(UUID partnershipId, AuditEvent.Actor administrator) {
    transactions.executeWithoutResult(
        status ->
            partnerships
                .findById(partnershipId)
                .filter(Partnership::deleted)
                .ifPresent(
                    partnership -> {
                      partnership.restore();
                      audit.record(
                          administrator,
                          partnership.id(),
                          "PARTNERSHIP_UNDELETED",
                          partnership.name(),
                          null);
                    }));
  }

  /** Purges every partnership deleted longer ago than the retention period; returns how many. */
  @CheckedWithoutContext("a system job: it removes only partnerships their coordinators deleted")
  @Scheduled(cron = "${app.retention.purge-schedule:0 15 3 * * *}", zone = UkTime.ZONE_ID)
  public int purgeDue() {
    Instant cutoff = clock.instant().minus(properties.deletedPartnerships());
    int purged = 0;
    for (Partnership due : partnerships.findByDeletedAtBefore(cutoff)) {
      if (Boolean.TRUE.equals(transactions.execute(status -> purge(due.id(), cutoff)))) {
        purged++;
      }
    }
    return purged;
  }

  private boolean purge(UUID partnershipId, Instant cutoff) {
    // Locks the row first, so a restore or another instance's purge waits for this one, or wins.
    int due =
        jdbc.update(
            "UPDATE partnership SET version = version + 1 WHERE id = ? AND deleted_at < ?",
            partnershipId,
            Timestamp.from(cutoff));
    if (due == 0) {
      return false;
    }
    audit.forgetPartnership(partnershipId);
    outbox.forgetPartnership(partnershipId);
    submissions.forgetLeadingTo("/partnerships/" + partnershipId);
    // Every record the partnership owns goes with it: their foreign keys cascade.
    jdbc.update("DELETE FROM partnership WHERE id = ?", partnershipId);
    audit.record(
        null,
        "PARTNERSHIP_PURGED",
        null,
        "deleted more than " + properties.deletedPartnerships().toDays() + " days ago");
    log.info(
        "Purged a partnership deleted more than {} days ago",
        properties.deletedPartnerships().toDays());
    return true;
  }

  /** A deleted partnership as the administrator sees it. */
  public record Deleted(
      UUID id, String name, Instant deletedAt, Instant purgedAfter, long members) {}
}
