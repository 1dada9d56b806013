package uk.missingchildren.response.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a meeting records that several laptops may change at once, such as a stage-one answer
 * or a checklist item's rating. Its revision goes up with every change saved, so a save made from a
 * page showing an older revision is recognised ({@link SaveUnlessStale}).
 *
 * @param <D> what a person sends for it
 */
public interface Revised<D extends Draft> {

  D draft();

  /** How many times it has been saved; null before the first save. */
  Integer revision();

  void record(D draft, UUID by, Instant now);

  /** Whether it holds exactly what the draft says, so saving the draft would change nothing. */
  default boolean matches(D draft) {
    return draft.equals(draft());
  }
}
