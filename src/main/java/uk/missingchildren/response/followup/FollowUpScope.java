package uk.missingchildren.response.followup;

/**
 * Which open actions a follow-up meeting steps through. AREA and AGENCY name one in the meeting's
 * scope value.
 */
public enum FollowUpScope {
  ALL_OPEN,
  DUE_OR_OVERDUE,
  AREA,
  AGENCY;

  /** "Due or overdue" takes in actions due up to this many days after the meeting. */
  static final int DUE_WITHIN_DAYS = 30;

  public String messageKey() {
    return "followUp.scope." + name();
  }
}
