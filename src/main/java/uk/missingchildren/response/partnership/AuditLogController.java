package uk.missingchildren.response.partnership;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.account.SignedInUser;

/** A partnership's audit log, for its coordinators. */
@Controller
class AuditLogController {

  private final PartnershipAccess access;
  private final PartnershipAuditLog auditLog;

  AuditLogController(PartnershipAccess access, PartnershipAuditLog auditLog) {
    this.access = access;
    this.auditLog = auditLog;
  }

  @GetMapping("/partnerships/{partnershipId}/audit-log")
  String log(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireCoordinator();
    model.addAttribute("context", context);
    model.addAttribute("events", auditLog.events(context));
    return "partnership/audit-log";
  }
}
