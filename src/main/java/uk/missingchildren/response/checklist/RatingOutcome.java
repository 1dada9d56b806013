package uk.missingchildren.response.checklist;

/** What happened to a rating save; on a conflict nothing was written and both versions are here. */
public record RatingOutcome(boolean conflict, ReviewRating saved, RatingDraft yours) {

  static RatingOutcome saved(ReviewRating rating) {
    return new RatingOutcome(false, rating, null);
  }

  static RatingOutcome conflict(ReviewRating theirs, RatingDraft yours) {
    return new RatingOutcome(true, theirs, yours);
  }

  public Integer revision() {
    return saved == null ? null : saved.revision();
  }
}
