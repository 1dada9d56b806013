package uk.missingchildren.response.demo;

import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionSource;

/**
 * The actions Eastmoor sets: what raised each (a checklist item, or a stage-one question's actions
 * arising), who owns and leads it, and when it is due, counted from today so that the overdue ones
 * stay overdue however long the demonstration is kept. Their words are under {@code action.<key>}.
 */
enum DemoAction {
  OUT_OF_AREA("outOfArea", "T05-R06", ActionOwner.PARTNERSHIP, null, Person.PRIYA, -30),
  TIMESCALE(
      "timescale", "T05-R02", ActionOwner.AGENCY, Agency.CHILDRENS_SOCIAL_CARE, Person.GARETH, -60),
  TRAINING(
      "training",
      "T05-A03",
      ActionOwner.AGENCY,
      Agency.RETURN_HOME_INTERVIEW_SERVICE,
      Person.TOM,
      -90),
  FINDINGS("findings", "T05-G06", ActionOwner.AGENCY, Agency.POLICE, Person.HELEN, 5),
  LEAFLET(
      "leaflet",
      "Q11",
      ActionOwner.AGENCY,
      Agency.VOLUNTARY_OR_COMMUNITY_SECTOR,
      Person.JESS,
      -100),
  SCHOOLS("schools", "T05-R05", ActionOwner.AGENCY, Agency.EDUCATION, Person.RACHEL, 120),
  PANEL("panel", "Q13", ActionOwner.PARTNERSHIP, null, Person.PRIYA, 45);

  private final String key;
  private final String sourceId;
  private final ActionOwner owner;
  private final Agency agency;
  private final Person lead;
  private final int dueInDays;

  DemoAction(
      String key, String sourceId, ActionOwner owner, Agency agency, Person lead, int dueInDays) {
    this.key = key;
    this.sourceId = sourceId;
    this.owner = owner;
    this.agency = agency;
    this.lead = lead;
    this.dueInDays = dueInDays;
  }

  String key() {
    return "action." + key;
  }

  /** A checklist item ("T05-R06") or a stage-one question ("Q11"). */
  String sourceId() {
    return sourceId;
  }

  ActionSource source() {
    return sourceId.startsWith("Q") ? ActionSource.STAGE_ONE_QUESTION : ActionSource.CHECKLIST_ITEM;
  }

  ActionOwner owner() {
    return owner;
  }

  Agency agency() {
    return agency;
  }

  Person lead() {
    return lead;
  }

  /** Days from today to the due date; negative for one already past. */
  int dueInDays() {
    return dueInDays;
  }
}
