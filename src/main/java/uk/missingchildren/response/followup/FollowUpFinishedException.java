package uk.missingchildren.response.followup;

import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingLockedException;

/** A change sent to a follow-up meeting that has been finished: its minutes are final. */
class FollowUpFinishedException extends MeetingLockedException {

  private final String meetingPath;

  FollowUpFinishedException(UUID partnershipId, UUID meetingId) {
    super("This follow-up meeting has been finished");
    this.meetingPath = FollowUpPages.path(partnershipId, meetingId);
  }

  /** The meeting's minutes, which are final. */
  @Override
  public String whereToGo() {
    return meetingPath + "/minutes?finished";
  }
}
