package uk.missingchildren.response.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the outbox: for the site administrator only, since messages hold sign-in links. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Outbox {

  private final EmailMessages messages;

  Outbox(EmailMessages messages) {
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public List<EmailMessage> latest() {
    return messages.findTop200ByOrderByCreatedAtDesc();
  }

  @Transactional(readOnly = true)
  public long count() {
    return messages.count();
  }

  @Transactional(readOnly = true)
  public Optional<EmailMessage> message(UUID id) {
    return messages.findById(id);
  }
}
