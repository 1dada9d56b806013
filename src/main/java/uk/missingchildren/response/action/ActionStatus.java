package uk.missingchildren.response.action;

/**
 * Where an action is. "Overdue" is not a status: it follows from the due date (see {@link
 * Action#overdue}).
 */
public enum ActionStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  CLOSED;

  public boolean open() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }

  public String messageKey() {
    return "action.status." + name();
  }
}
