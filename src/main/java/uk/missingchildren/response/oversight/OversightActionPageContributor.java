package uk.missingchildren.response.oversight;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionPageContributor;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Shows on an action's page whether it is raised with the oversight groups, and their responses.
 */
@Component
class OversightActionPageContributor implements ActionPageContributor {

  private final RaisedActionService raised;

  OversightActionPageContributor(RaisedActionService raised) {
    this.raised = raised;
  }

  @Override
  public void contribute(PartnershipContext context, Action action, Model model) {
    model.addAttribute("oversight", raised.panel(context, action));
  }
}
