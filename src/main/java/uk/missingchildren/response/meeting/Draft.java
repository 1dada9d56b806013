package uk.missingchildren.response.meeting;

/**
 * What a person sends for one thing a meeting records, with blanks normalised so equal means equal.
 */
public interface Draft {

  /** Whether nothing at all was given. */
  boolean isEmpty();
}
