package uk.missingchildren.response.agencyviews;

import java.util.Map;
import java.util.Optional;

/**
 * What someone giving their views sees: the meeting, and their own views only.
 *
 * @param mine their views by question id
 * @param closed why views can no longer be given, or null while they can
 */
public record GiverPage(
    ViewGiver giver,
    ViewRequest request,
    ViewsSubject subject,
    Map<String, GivenView> mine,
    Closed closed) {

  public Optional<GivenView> mine(String itemId) {
    return Optional.ofNullable(mine.get(itemId));
  }

  public long answered() {
    return subject.items().stream().filter(item -> mine.containsKey(item.id())).count();
  }

  /** The first question without a view yet, to carry on from. */
  public Optional<ViewsSubject.Item> firstUnanswered() {
    return subject.items().stream().filter(item -> !mine.containsKey(item.id())).findFirst();
  }

  public boolean open() {
    return closed == null;
  }

  /** Why views are no longer taken. */
  public enum Closed {
    /** The group has agreed its answers (the meeting was submitted or completed). */
    MEETING_FINISHED,
    /** The date they were due by has passed. */
    PAST_DUE
  }
}
