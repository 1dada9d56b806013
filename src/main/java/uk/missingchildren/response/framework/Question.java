package uk.missingchildren.response.framework;

/**
 * A stage-one question, answered on the framework's answer scale.
 *
 * @param statutoryDuty whether it asks about something the law or statutory guidance requires, so
 *     that anything short of the best answer keeps its area from the ratings that need every duty
 *     met (see {@link StageOneScale.RatingBand#requiresDutiesMet})
 */
public record Question(String id, String themeId, String text, String hint, boolean statutoryDuty) {

  /** A question about good practice, not a statutory duty. */
  public Question(String id, String themeId, String text, String hint) {
    this(id, themeId, text, hint, false);
  }
}
