package uk.missingchildren.response.partnership;

/** What a member may do in a partnership. */
public enum Role {
  /** Manages members and can do everything a member can. */
  COORDINATOR,
  /** Answers, rates, writes notes, sets and updates actions. */
  MEMBER,
  /** Reads reports and action plans; changes nothing. */
  VIEWER;

  public boolean canEdit() {
    return this != VIEWER;
  }

  public boolean canManageMembers() {
    return this == COORDINATOR;
  }

  public String messageKey() {
    return "role." + name();
  }
}
