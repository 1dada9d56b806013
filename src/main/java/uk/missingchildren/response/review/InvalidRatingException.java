package uk.missingchildren.response.review;

/** A rating that breaks the scales' rules reached the service; pages check first and explain. */
public class InvalidRatingException extends RuntimeException {

  private final ItemRating.Problem problem;

  InvalidRatingException(ItemRating.Problem problem) {
    super("The rating cannot be saved: " + problem);
    this.problem = problem;
  }

  public ItemRating.Problem problem() {
    return problem;
  }
}
