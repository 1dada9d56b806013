package uk.missingchildren.response.review;

import uk.missingchildren.response.meeting.MeetingDetailsForm;

/**
 * Meeting details, and whether to begin with the last round's ratings ("last") or none ("blank").
 */
public class StartReviewForm extends MeetingDetailsForm {

  private String startFrom = "blank";

  boolean fromLastRound() {
    return "last".equals(startFrom);
  }

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }
}
