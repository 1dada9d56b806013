package uk.missingchildren.response.partnership;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A partnership's audit log, for its coordinators. */
@Controller
class AuditLogController {

  private final PartnershipAuditLog auditLog;

  AuditLogController(PartnershipAuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/partnerships/{partnershipId}/audit-log")
  String log(PartnershipContext context, Model model) {
    context.requireCoordinator();
    model.addAttribute("context", context);
    model.addAttribute("events", auditLog.events(context));
    return "partnership/audit-log";
  }
}
