package uk.missingchildren.response.review;

import java.util.List;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The thematic areas stage one said to start with. Stage one provides it, so that stage two can
 * show them without depending on stage one; with no stage one in the application, there are none.
 */
public interface StartingPriorities {

  /**
   * The areas the latest submitted stage-one report said to start with, in its order; empty if
   * none.
   */
  List<Theme> latest(PartnershipContext context);
}
