package uk.missingchildren.response.action;

/** How much difference an action has made for children so far, as the group judges it. */
public enum ImpactRating {
  SIGNIFICANT,
  SOME,
  NONE_YET,
  TOO_EARLY;

  public String messageKey() {
    return "action.impact." + name();
  }
}
