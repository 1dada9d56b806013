package uk.missingchildren.response.partnership;

import org.springframework.ui.Model;

/**
 * Lets a feature that depends on partnerships (stage one, stage two, actions) put its summary on
 * the partnership's home page, without the partnership feature depending on it in return.
 */
public interface PartnershipHomeContributor {

  void contribute(PartnershipContext context, Model model);
}
