package uk.missingchildren.response.review;

import java.util.UUID;

/** Where a checklist review's pages are, for the controllers here and the features that link in. */
public final class ReviewPages {

  private ReviewPages() {}

  /** The review's overview; its other pages are below it. */
  public static String path(UUID partnershipId, UUID reviewId) {
    return "/partnerships/" + partnershipId + "/reviews/" + reviewId;
  }

  public static String summary(UUID partnershipId, UUID reviewId) {
    return path(partnershipId, reviewId) + "/summary";
  }

  public static String report(UUID partnershipId, UUID reviewId) {
    return path(partnershipId, reviewId) + "/report";
  }

  public static String complete(UUID partnershipId, UUID reviewId) {
    return path(partnershipId, reviewId) + "/complete";
  }
}
