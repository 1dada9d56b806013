package uk.missingchildren.response.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Writes the audit log, in the same transaction as the change it describes: a change that fails
 * leaves no entry, and no change is saved without its entry.
 */
@Service
public class AuditLog {

  private final AuditEvents events;
  private final Clock clock;

  AuditLog(AuditEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Records an event that concerns no partnership, such as a sign-in. */
  @CheckedWithoutContext("only writes; callers have already checked access to what they changed")
  @Transactional
  public void record(AuditEvent.Actor actor, String action, String subject, String details) {
    record(actor, null, action, subject, details);
  }

  /** Records an event in a partnership's log, which its coordinators can read. */
  @CheckedWithoutContext("only writes; callers have already checked access to what they changed")
  @Transactional
  public void record(
      AuditEvent.Actor actor, UUID partnershipId, String action, String subject, String details) {
    events.save(
        new AuditEvent(
            clock.instant(), actor, partnershipId, action, subject, details, remoteAddress()));
  }

  /** Removes a purged partnership's log with it. */
  @CheckedWithoutContext("called only by the purge of a partnership deleted long enough ago")
  @Transactional
  public void forgetPartnership(UUID partnershipId) {
    events.deleteByPartnership(partnershipId);
  }

  /**
   * Erases a person who deleted their account: what they did stays, done by "a former member", and
   * their address and name are replaced wherever an entry mentions them.
   */
  @CheckedWithoutContext("called only when the person deletes their own account")
  @Transactional
  public void forgetPerson(UUID accountId, String email, String name, String instead) {
    events.eraseActor(accountId, email);
    events.replaceMentions(email, instead);
    if (name != null && !name.isBlank()) {
      events.replaceMentions(name, instead);
    }
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
