package uk.missingchildren.response.agencyviews;

import uk.missingchildren.response.meeting.MeetingLockedException;

/** Views asked for, or a different view recorded, after the meeting finished. */
class MeetingFinishedException extends MeetingLockedException {

  private final String meetingPath;

  MeetingFinishedException(String meetingPath) {
    super("The meeting has finished; its views can no longer change");
    this.meetingPath = meetingPath;
  }

  @Override
  public String whereToGo() {
    return meetingPath + "?locked";
  }
}
