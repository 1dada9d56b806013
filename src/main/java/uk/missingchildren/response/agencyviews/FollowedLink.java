package uk.missingchildren.response.agencyviews;

import java.util.UUID;

/**
 * What following a personal link led to.
 *
 * @param giverId whom it was for, when it let the browser in
 * @param generation which of their links it was, for the browser's pass
 */
public record FollowedLink(Outcome outcome, UUID giverId, int generation) {

  static FollowedLink refused(Outcome outcome) {
    return new FollowedLink(outcome, null, 0);
  }

  public enum Outcome {
    LET_IN,
    /** Someone has already followed it: only the browser that did can carry on. */
    USED,
    /** No such link: mistyped, or replaced by a newer one. */
    UNKNOWN
  }
}
