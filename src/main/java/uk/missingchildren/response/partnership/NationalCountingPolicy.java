package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/** A coordinator's choice to have the partnership counted, unnamed, in the national picture. */
@Service
public class NationalCountingPolicy {

  private final Partnerships partnerships;
  private final AuditLog audit;

  NationalCountingPolicy(Partnerships partnerships, AuditLog audit) {
    this.partnerships = partnerships;
    this.audit = audit;
  }

  @CheckedWithoutContext("ids only, of partnerships that agreed to be counted; never shown")
  @Transactional(readOnly = true)
  public List<UUID> counted() {
    return partnerships.findCountedNationally();
  }

  @Transactional
  public void count(PartnershipContext context, boolean counted) {
    context.requireCoordinator();
    Partnership partnership = partnerships.findById(context.partnershipId()).orElseThrow();
    if (partnership.countedNationally() == counted) {
      return;
    }
    partnership.countNationally(counted);
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        counted ? "NATIONAL_PICTURE_COUNTED" : "NATIONAL_PICTURE_NO_LONGER_COUNTED",
        partnership.name(),
        null);
  }
}
