package uk.missingchildren.response.framework;

/**
 * A stage-one question, answered on the framework's answer scale.
 *
 * @param statutoryDuty whether it asks about something the law or statutory guidance requires, so
 *     that anything short of the best answer keeps its area from the ratings that need every duty
 *     met (see {@link StageOneScale.RatingBand#requiresDutiesMet})
 * @param purposeId which of the framework's purposes the question serves (see {@link
 *     StageOneScale#purposes()}), or null where the framework names none
 */
public record Question(
    String id, String themeId, String text, String hint, boolean statutoryDuty, String purposeId) {

  /** A question about good practice, not a statutory duty, serving no named purpose. */
  public Question(String id, String themeId, String text, String hint) {
    this(id, themeId, text, hint, false, null);
  }
}
