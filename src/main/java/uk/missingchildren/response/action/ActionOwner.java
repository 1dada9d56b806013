package uk.missingchildren.response.action;

/** Who owns an action: the partnership as a whole, or one named agency. */
public enum ActionOwner {
  PARTNERSHIP,
  AGENCY;

  public String messageKey() {
    return "action.owner." + name();
  }
}
