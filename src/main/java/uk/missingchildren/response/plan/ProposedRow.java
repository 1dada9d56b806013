package uk.missingchildren.response.plan;

import java.time.LocalDate;
import uk.missingchildren.response.action.ActionSource;

/**
 * An action arising from a stage-one meeting that is not an action of its own, as the plan's files
 * show it: still to be decided, set aside, or merged into an action. One agreed as an action is in
 * the plan as that action instead. Built only by {@link PlanRows}, with every word chosen.
 *
 * @param sourceLabel "Stage one question Q18", as for an action set from a question
 * @param meeting "Return home interviews: question 18 of the stage one meeting on 2 November 2026"
 * @param questionText the question as the meeting's framework version words it
 * @param answer the answer agreed, or null if none was chosen
 * @param writtenBy "Sam Patel, last saved 2 November 2026 at 4:58pm", or when only
 * @param writtenOn the day the actions arising were last saved, in the UK
 * @param statusLabel "Proposed, to decide", "Proposed, set aside" or "Proposed, merged"
 * @param decision why it was set aside or which action covers it, with who decided and when; null
 *     while it is still to be decided
 */
record ProposedRow(
    String themeId,
    String themeTitle,
    String sourceLabel,
    String meeting,
    String questionText,
    String answer,
    String text,
    String writtenBy,
    LocalDate writtenOn,
    String statusLabel,
    String decision) {

  boolean pending() {
    return decision == null;
  }

  /**
   * The proposal in the spreadsheet's and the CSV file's columns: its words are the action, the
   * decision is its latest progress, and it has no reference, owner, lead or due date of its own.
   */
  PlanRow asPlanRow() {
    return new PlanRow(
        null,
        null,
        themeId,
        themeTitle,
        ActionSource.STAGE_ONE_QUESTION,
        null,
        sourceLabel,
        questionText,
        text,
        null,
        null,
        null,
        null,
        null,
        null,
        statusLabel,
        false,
        null,
        writtenOn,
        decision,
        null);
  }
}
