package uk.missingchildren.response.action;

import java.util.UUID;
import uk.missingchildren.response.benchmark.WrittenActionsArising;

/**
 * A stage-one question's actions arising, proposed for the action plan until the partnership agrees
 * it as an action, merges it into one, or sets it aside. Found by its meeting and question ({@link
 * Key}): there is one proposal per question per meeting, however often the meeting is reopened.
 */
public record ProposedAction(UUID partnershipId, WrittenActionsArising arising) {

  public Key key() {
    return new Key(partnershipId, arising.benchmarkId(), arising.question().id());
  }

  public String text() {
    return arising.text();
  }

  public String themeId() {
    return arising.theme().id();
  }

  /** The part of the address after {@code /actions/proposed/}. */
  public String path() {
    return arising.benchmarkId() + "/" + arising.question().id();
  }

  public record Key(UUID partnershipId, UUID benchmarkId, String questionId) {}
}
