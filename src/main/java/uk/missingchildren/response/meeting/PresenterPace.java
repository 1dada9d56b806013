package uk.missingchildren.response.meeting;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The meeting's pace for the presenter view's bar, read by the template ({@code @presenterPace})
 * only while the view is on, so the pages everyone else sees do not read it.
 */
@Component("presenterPace")
public class PresenterPace {

  private final PaceService paces;

  PresenterPace(PaceService paces) {
    this.paces = paces;
  }

  /** The plan and the minutes used, or null if none has been set. */
  public PaceService.Pace of(PartnershipContext context, UUID meetingId) {
    return paces.pace(context, meetingId).orElse(null);
  }
}
