package uk.missingchildren.response.meeting;

/**
 * What happened to a save. On a conflict nothing was written: {@code saved} is what someone else
 * saved meanwhile, {@code yours} what this person sent, and they choose between them.
 *
 * @param savedByName who saved the other version, where the page shows it; may be null
 */
public record SaveOutcome<R extends Revised<D>, D extends Draft>(
    boolean conflict, R saved, D yours, String savedByName) {

  public static <R extends Revised<D>, D extends Draft> SaveOutcome<R, D> saved(R saved) {
    return new SaveOutcome<>(false, saved, null, null);
  }

  public static <R extends Revised<D>, D extends Draft> SaveOutcome<R, D> conflict(
      R theirs, D yours, String savedByName) {
    return new SaveOutcome<>(true, theirs, yours, savedByName);
  }

  /** The revision the page should now hold, or null if nothing is saved yet. */
  public Integer revision() {
    return saved == null ? null : saved.revision();
  }
}
