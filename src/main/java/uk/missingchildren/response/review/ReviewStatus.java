package uk.missingchildren.response.review;

/** Where a checklist review is: ratings change only while it is in progress. */
public enum ReviewStatus {
  IN_PROGRESS,
  COMPLETED;

  public String messageKey() {
    return "review.status." + name();
  }
}
