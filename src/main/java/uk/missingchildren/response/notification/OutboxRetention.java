package uk.missingchildren.response.notification;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/** Removes the outbox's copies of messages when what they were about is deleted for good. */
@Service
public class OutboxRetention {

  private final EmailMessages messages;

  OutboxRetention(EmailMessages messages) {
    this.messages = messages;
  }

  @CheckedWithoutContext("called only by the purge of a partnership deleted long enough ago")
  @Transactional
  public void forgetPartnership(UUID partnershipId) {
    messages.deleteByPartnership(partnershipId);
  }

  @CheckedWithoutContext("called only when the person deletes their own account")
  @Transactional
  public void forgetPerson(String email) {
    messages.deleteByPerson(email);
  }
}
