package uk.missingchildren.response.partnership;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * A coordinator's choice that every member of their partnership uses a second factor. Members who
 * have none are asked to set one up at their next sign-in with a password; someone in several
 * partnerships needs one if any of them requires it.
 */
@Service
public class SecondFactorPolicy {

  private final Partnerships partnerships;
  private final AuditLog audit;

  SecondFactorPolicy(Partnerships partnerships, AuditLog audit) {
    this.partnerships = partnerships;
    this.audit = audit;
  }

  @CheckedWithoutContext("a yes or no about the person's own account, asked as they sign in")
  @Transactional(readOnly = true)
  public boolean requiredFor(UUID accountId) {
    return partnerships.countRequiringSecondFactor(accountId) > 0;
  }

  @Transactional
  public void require(PartnershipContext context, boolean required) {
    context.requireCoordinator();
    Partnership partnership = partnerships.findById(context.partnershipId()).orElseThrow();
    if (partnership.secondFactorRequired() == required) {
      return;
    }
    partnership.requireSecondFactor(required);
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        required ? "SECOND_FACTOR_REQUIRED" : "SECOND_FACTOR_NO_LONGER_REQUIRED",
        partnership.name(),
        null);
  }
}
