package uk.missingchildren.response.agencyviews;

import java.util.List;
import uk.missingchildren.response.account.Agency;

/**
 * How the agencies' own views before two meetings compare: how far apart the agencies were in each,
 * and how each agency's own view moved on the questions it answered both times.
 *
 * @param levels how many questions were at each level of the measure, before each meeting
 * @param agencies every agency that gave views before both meetings
 */
public record ViewsOverTime(List<LevelCount> levels, List<AgencyMovement> agencies) {

  public boolean anything() {
    return !agencies.isEmpty()
        || levels.stream().anyMatch(level -> level.earlier() + level.later() > 0);
  }

  /** One level of the measure ("Far apart"), with how many questions reached it each time. */
  public record LevelCount(String label, long earlier, long later) {}

  /**
   * One agency's own views on the questions it answered before both meetings: its score on each is
   * the average of its people's, "Don't know" left out.
   */
  public record AgencyMovement(Agency agency, int compared, int better, int worse) {

    public int same() {
      return compared - better - worse;
    }
  }
}
