package uk.missingchildren.response.agencyviews;

import java.util.List;
import uk.missingchildren.response.framework.SpreadMeasure.Spread;

/** How the agencies answered one question before the meeting, and how far apart they are. */
public record ItemSpread(ViewsSubject.Item item, Spread spread, List<AgencyAnswer> answers) {

  public boolean anyGiven() {
    return !answers.isEmpty();
  }

  /** The level's id, such as "far_apart", or "none" with too few answers to compare. */
  public String levelId() {
    return spread.level() == null ? "none" : spread.level().id();
  }
}
