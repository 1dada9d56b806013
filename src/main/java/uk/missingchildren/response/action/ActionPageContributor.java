package uk.missingchildren.response.action;

import org.springframework.ui.Model;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Lets a feature that depends on actions (reminders) show what it knows about one action on that
 * action's page, without the action feature depending on it in return.
 */
public interface ActionPageContributor {

  /**
   * Adds to the model of {@code action}'s page; the action has already been checked to be the
   * partnership's.
   */
  void contribute(PartnershipContext context, Action action, Model model);
}
