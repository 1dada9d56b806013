package uk.missingchildren.response.checklist;

/** A change was sent to a review that has been completed. */
public class ReviewCompletedException extends RuntimeException {

  ReviewCompletedException() {
    super("This checklist review has been completed");
  }
}
