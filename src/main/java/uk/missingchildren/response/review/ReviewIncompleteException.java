package uk.missingchildren.response.review;

import java.util.List;

/** Completion was attempted while some items had no rating. */
public class ReviewIncompleteException extends RuntimeException {

  private final List<String> unrated;

  ReviewIncompleteException(List<String> unrated) {
    super(unrated.size() + " items have no rating");
    this.unrated = List.copyOf(unrated);
  }

  public List<String> unrated() {
    return unrated;
  }
}
