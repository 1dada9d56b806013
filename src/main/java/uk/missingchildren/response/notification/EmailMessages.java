package uk.missingchildren.response.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox. */
public interface EmailMessages extends JpaRepository<EmailMessage, UUID> {

  List<EmailMessage> findTop200ByOrderByCreatedAtDesc();

  List<EmailMessage> findByRecipientOrderByCreatedAtDesc(String recipient);
}
