package uk.missingchildren.response.meeting;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule every meeting's saves follow, so that two laptops never silently overwrite each other: a
 * save is written only if the page it came from showed the revision now stored. Resending what is
 * already stored (a second press, a page saving again) is not a conflict.
 */
public final class SaveUnlessStale {

  private SaveUnlessStale() {}

  /**
   * The outcome of a save that needs no write, or empty when the draft should be recorded.
   *
   * @param stored what is stored now, if anything
   * @param basedOn the revision the person's page was showing; null if nothing was saved then
   * @param savedBy who saved a stored version, for the conflict page
   */
  public static <R extends Revised<D>, D extends Draft> Optional<SaveOutcome<R, D>> settled(
      Optional<R> stored, D draft, Integer basedOn, Function<R, String> savedBy) {
    if (stored.isEmpty()) {
      return draft.isEmpty() ? Optional.of(SaveOutcome.saved(null)) : Optional.empty();
    }
    R record = stored.get();
    if (record.matches(draft)) {
      return Optional.of(SaveOutcome.saved(record));
    }
    if (!Objects.equals(record.revision(), basedOn)) {
      return Optional.of(SaveOutcome.conflict(record, draft, savedBy.apply(record)));
    }
    return Optional.empty();
  }

  /**
   * The outcome after another save for the same thing committed between this one's read and its
   * write: the same as theirs if they sent the same, otherwise a conflict.
   */
  public static <R extends Revised<D>, D extends Draft> SaveOutcome<R, D> afterLostRace(
      R theirs, D draft, Function<R, String> savedBy) {
    return theirs.matches(draft)
        ? SaveOutcome.saved(theirs)
        : SaveOutcome.conflict(theirs, draft, savedBy.apply(theirs));
  }
}
