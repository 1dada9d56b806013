package uk.missingchildren.response.action;

/**
 * What became of an update: recorded (or already recorded, when the same form arrives twice), or
 * not recorded because someone else changed the action after the page was drawn. {@code action} is
 * the action as it now is.
 */
public record UpdateOutcome(boolean recorded, Action action, ActionUpdate update) {

  static UpdateOutcome recorded(Action action, ActionUpdate update) {
    return new UpdateOutcome(true, action, update);
  }

  static UpdateOutcome clash(Action action) {
    return new UpdateOutcome(false, action, null);
  }
}
