package uk.missingchildren.response.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** The audit log, newest first. Partnership events belong to their partnership. */
@PartnershipOwned
public interface AuditEvents extends JpaRepository<AuditEvent, Long> {

  List<AuditEvent> findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(UUID partnershipId);

  List<AuditEvent> findByActionOrderByIdAsc(String action);

  @Modifying
  @Query(
      value = "DELETE FROM audit_event WHERE partnership_id = :partnershipId",
      nativeQuery = true)
  int deleteByPartnership(@Param("partnershipId") UUID partnershipId);

  @Modifying
  @Query(
      value =
          "UPDATE audit_event SET actor_id = NULL, actor_email = NULL, actor_erased = TRUE "
              + "WHERE actor_id = :accountId OR LOWER(actor_email) = :email",
      nativeQuery = true)
  int eraseActor(@Param("accountId") UUID accountId, @Param("email") String email);

  /**
   * Replaces every mention (as the subject of an event, or in its details) with the given words.
   */
  @Modifying
  @Query(
      value =
          "UPDATE audit_event SET subject = REPLACE(subject, :mention, :instead), "
              + "details = REPLACE(details, :mention, :instead) "
              + "WHERE subject LIKE CONCAT('%', :mention, '%') OR details LIKE CONCAT('%', :mention, '%')",
      nativeQuery = true)
  int replaceMentions(@Param("mention") String mention, @Param("instead") String instead);
}
