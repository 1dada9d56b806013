package uk.missingchildren.response.action;

/** What raised an action: a stage-one question's actions arising, or a stage-two checklist item. */
public enum ActionSource {
  STAGE_ONE_QUESTION,
  CHECKLIST_ITEM
}
