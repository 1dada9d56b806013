package uk.missingchildren.response.plan;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The action plan's downloads and the partnership's data file. Any member may download them; anyone
 * else gets a 404, as for every partnership address.
 */
@Controller
class ActionPlanController {

  private static final String PLAN = "/partnerships/{partnershipId}/action-plan";

  private final ActionPlanExports plans;
  private final PartnershipDataExport data;

  ActionPlanController(ActionPlanExports plans, PartnershipDataExport data) {
    this.plans = plans;
    this.data = data;
  }

  @GetMapping(PLAN + ".xlsx")
  ResponseEntity<byte[]> excel(PartnershipContext context) {
    return plans.excel(context).response();
  }

  @GetMapping(PLAN + ".csv")
  ResponseEntity<byte[]> csv(PartnershipContext context) {
    return plans.csv(context).response();
  }

  @GetMapping(PLAN + ".docx")
  ResponseEntity<byte[]> word(PartnershipContext context) {
    return plans.word(context).response();
  }

  @GetMapping(PLAN + ".pdf")
  ResponseEntity<byte[]> pdf(PartnershipContext context) {
    return plans.pdf(context).response();
  }

  @GetMapping("/partnerships/{partnershipId}/data.json")
  ResponseEntity<byte[]> data(PartnershipContext context) {
    return data.export(context).response();
  }
}
