package uk.missingchildren.response.oversight;

/** What kind of area an oversight group looks across. */
public enum AreaKind {
  POLICE_FORCE_AREA,
  REGION,
  WELSH_REGIONAL_BOARD,
  OTHER;

  public String messageKey() {
    return "oversight.kind." + name();
  }
}
