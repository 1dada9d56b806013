package uk.missingchildren.response.plan;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;

/**
 * The action plan's downloads and the partnership's data file. Any member may download them; anyone
 * else gets a 404, as for every partnership address.
 */
@Controller
class ActionPlanController {

  private static final String PLAN = "/partnerships/{partnershipId}/action-plan";

  private final PartnershipAccess access;
  private final ActionPlanExports plans;
  private final PartnershipDataExport data;

  ActionPlanController(
      PartnershipAccess access, ActionPlanExports plans, PartnershipDataExport data) {
    this.access = access;
    this.plans = plans;
    this.data = data;
  }

  @GetMapping(PLAN + ".xlsx")
  ResponseEntity<byte[]> excel(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user) {
    return plans.excel(access.require(partnershipId, user)).response();
  }

  @GetMapping(PLAN + ".csv")
  ResponseEntity<byte[]> csv(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user) {
    return plans.csv(access.require(partnershipId, user)).response();
  }

  @GetMapping(PLAN + ".docx")
  ResponseEntity<byte[]> word(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user) {
    return plans.word(access.require(partnershipId, user)).response();
  }

  @GetMapping(PLAN + ".pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user) {
    return plans.pdf(access.require(partnershipId, user)).response();
  }

  @GetMapping("/partnerships/{partnershipId}/data.json")
  ResponseEntity<byte[]> data(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user) {
    return data.export(access.require(partnershipId, user)).response();
  }
}
