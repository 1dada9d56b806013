package uk.missingchildren.response.action;

import java.util.List;
import java.util.Optional;
import uk.missingchildren.response.benchmark.WrittenActionsArising;

/**
 * The partnership's proposed actions: those still to be decided, newest meeting first and then in
 * question order, and those decided, most recent decision first.
 */
public record Proposals(List<ProposedAction> pending, List<Decided> decided) {

  /** The pending proposals of one thematic area, or all of them for a null or blank area. */
  public List<ProposedAction> pendingIn(String themeId) {
    return themeId == null || themeId.isBlank()
        ? pending
        : pending.stream().filter(p -> p.themeId().equals(themeId)).toList();
  }

  /**
   * A decided proposal. {@code arising} is what the meeting wrote, if it still says something (it
   * may have been cleared after the decision); {@code action} is the action it became or was merged
   * into, if it still exists; {@code decidedBy} may be null when the account is gone.
   */
  public record Decided(
      ProposalDecision decision,
      Optional<WrittenActionsArising> arising,
      Optional<Action> action,
      String decidedBy) {}
}
