package uk.missingchildren.response.followup;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipHomeContributor;

/**
 * Puts the date of the next follow-up meeting, when one has been set, on the partnership's home
 * page.
 */
@Component
class FollowUpHomeContributor implements PartnershipHomeContributor {

  private final FollowUpService followUps;

  FollowUpHomeContributor(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void contribute(PartnershipContext context, Model model) {
    model.addAttribute("nextFollowUp", followUps.nextMeetingDate(context).orElse(null));
  }
}
