package uk.missingchildren.response.review;

import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingLockedException;

/** A change was sent to a review that has been completed. */
public class ReviewCompletedException extends MeetingLockedException {

  private final String reviewPath;

  ReviewCompletedException(UUID partnershipId, UUID reviewId) {
    super("This checklist review has been completed");
    this.reviewPath = ReviewPages.path(partnershipId, reviewId);
  }

  /** The review's overview, which says it is complete. */
  @Override
  public String whereToGo() {
    return reviewPath + "?locked";
  }
}
