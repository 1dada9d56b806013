package uk.missingchildren.response.account;

/** The agencies that take part in a partnership's assessment. */
public enum Agency {
  POLICE,
  CHILDRENS_SOCIAL_CARE,
  HEALTH,
  EDUCATION,
  RETURN_HOME_INTERVIEW_SERVICE,
  YOUTH_JUSTICE,
  VOLUNTARY_OR_COMMUNITY_SECTOR,
  OTHER;

  public String messageKey() {
    return "agency." + name();
  }
}
