package uk.missingchildren.response.followup;

/** A change sent to a follow-up meeting that has been finished: its minutes are final. */
class FollowUpFinishedException extends RuntimeException {

  FollowUpFinishedException() {
    super("This follow-up meeting has been finished");
  }
}
