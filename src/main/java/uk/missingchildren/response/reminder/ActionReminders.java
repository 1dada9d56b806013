package uk.missingchildren.response.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ActionReminders extends JpaRepository<ActionReminder, UUID> {

  /**
   * Claims a reminder event by recording it: 1 if this transaction now owns it, 0 if another has it
   * already (the unique constraint on action, kind and due date). On PostgreSQL a claim by a
   * transaction not yet committed makes this wait for it, then give 0 if it committed, or claim the
   * event if it rolled back; so only one instance ever sends it.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      nativeQuery = true,
      value =
          """
      INSERT INTO action_reminder (id, action_id, partnership_id, kind, due_date, action_title, sent_at, recipients)
      VALUES (:id, :actionId, :partnershipId, :kind, :dueDate, :actionTitle, :sentAt, :recipients)
      ON CONFLICT DO NOTHING""")
  int claim(
      @Param("id") UUID id,
      @Param("actionId") UUID actionId,
      @Param("partnershipId") UUID partnershipId,
      @Param("kind") String kind,
      @Param("dueDate") LocalDate dueDate,
      @Param("actionTitle") String actionTitle,
      @Param("sentAt") Instant sentAt,
      @Param("recipients") String recipients);

  @Query(
      "select new uk.missingchildren.response.reminder.ReminderEvent(r.actionId, r.kind, r.dueDate)"
          + " from ActionReminder r where r.actionId in :actionIds")
  List<ReminderEvent> eventsFor(@Param("actionIds") Collection<UUID> actionIds);

  List<ActionReminder> findTop500ByPartnershipIdOrderBySentAtDescActionTitleAsc(UUID partnershipId);

  List<ActionReminder> findByPartnershipIdAndActionIdOrderBySentAtDesc(
      UUID partnershipId, UUID actionId);
}
