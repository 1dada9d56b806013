package uk.missingchildren.response.partnership;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;

/** Reads one partnership's audit log, for its coordinators. */
@Service
class PartnershipAuditLog {

  private final AuditEvents events;

  PartnershipAuditLog(AuditEvents events) {
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> events(PartnershipContext context) {
    context.requireCoordinator();
    return events.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(context.partnershipId());
  }
}
