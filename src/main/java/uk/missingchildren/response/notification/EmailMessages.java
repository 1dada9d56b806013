package uk.missingchildren.response.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox. */
public interface EmailMessages extends JpaRepository<EmailMessage, UUID> {

  List<EmailMessage> findTop200ByOrderByCreatedAtDesc();

  List<EmailMessage> findByRecipientOrderByCreatedAtDesc(String recipient);

  @Modifying
  @Query(
      value = "DELETE FROM email_message WHERE partnership_id = :partnershipId",
      nativeQuery = true)
  int deleteByPartnership(@Param("partnershipId") UUID partnershipId);

  /**
   * Messages to the address, or naming the person anywhere: a deleted account leaves none behind.
   */
  @Modifying
  @Query(
      value =
          "DELETE FROM email_message WHERE LOWER(recipient) = :email OR text_body LIKE CONCAT('%', :email, '%')",
      nativeQuery = true)
  int deleteByPerson(@Param("email") String email);
}
