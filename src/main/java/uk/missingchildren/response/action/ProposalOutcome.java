package uk.missingchildren.response.action;

/** What the partnership decided about an action proposed at stage one. */
public enum ProposalOutcome {
  /** It became a new action of its own. */
  AGREED,
  /** An existing action already covers it. */
  MERGED,
  /** Not to be taken forward, for the reason given. */
  SET_ASIDE;

  public String messageKey() {
    return "proposed.outcome." + name();
  }
}
