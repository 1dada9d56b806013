package uk.missingchildren.response.followup;

import java.util.Arrays;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.MeetingDetailsForm;

/**
 * Meeting details, and which open actions to step through; an area or agency is picked from a
 * select.
 */
public class StartFollowUpForm extends MeetingDetailsForm {

  private String scope = FollowUpScope.ALL_OPEN.name();
  private String area;
  private String agency;

  FollowUpScope scopeChosen() {
    return Arrays.stream(FollowUpScope.values())
        .filter(s -> s.name().equals(scope))
        .findFirst()
        .orElse(null);
  }

  Agency agencyChosen() {
    return Arrays.stream(Agency.values())
        .filter(a -> a.name().equals(agency))
        .findFirst()
        .orElse(null);
  }

  /** The area's id or the agency's name, for those scopes; null for the others. */
  String scopeValue() {
    FollowUpScope chosen = scopeChosen();
    return chosen == FollowUpScope.AREA ? area : chosen == FollowUpScope.AGENCY ? agency : null;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }
}
