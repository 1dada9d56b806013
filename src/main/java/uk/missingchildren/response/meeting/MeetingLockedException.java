package uk.missingchildren.response.meeting;

/**
 * A change sent to a meeting that was finished meanwhile (submitted, completed, its minutes
 * agreed), say from a second laptop. It is not an error: {@link MeetingLockedAdvice} takes the
 * person to the meeting, which says why it can no longer change.
 */
public abstract class MeetingLockedException extends RuntimeException {

  protected MeetingLockedException(String message) {
    super(message);
  }

  /** The page that explains the lock, as a path of this site. */
  public abstract String whereToGo();
}
