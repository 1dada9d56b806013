package uk.missingchildren.response.benchmark;

/**
 * What happened to a save. On a conflict nothing was written: {@code saved} is what someone else
 * saved meanwhile, {@code yours} what this person sent, and they choose between them.
 */
public record SaveOutcome(boolean conflict, Answer saved, AnswerDraft yours, String savedByName) {

  static SaveOutcome saved(Answer answer) {
    return new SaveOutcome(false, answer, null, null);
  }

  static SaveOutcome conflict(Answer theirs, AnswerDraft yours, String savedByName) {
    return new SaveOutcome(true, theirs, yours, savedByName);
  }

  /** The revision the page should now hold, or null if nothing is saved for the question yet. */
  public Integer revision() {
    return saved == null ? null : saved.revision();
  }
}
