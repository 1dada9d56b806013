package uk.missingchildren.response.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionUpdate;

/**
 * The actions a follow-up meeting steps through, in order (by area, then soonest due): those open
 * and in its scope, and those it has already reviewed, even if it closed them. Each carries what
 * the meeting decided about it, in order (none yet if it has not been reviewed).
 */
public record Agenda(List<Entry> entries) {

  public record Entry(Action action, List<ActionUpdate> decisions, boolean overdue) {
    public boolean reviewed() {
      return !decisions.isEmpty();
    }
  }

  static Agenda of(
      FollowUpMeeting meeting,
      List<Action> actions,
      List<ActionUpdate> decisions,
      LocalDate today) {
    Map<UUID, List<ActionUpdate>> byAction =
        decisions.stream().collect(Collectors.groupingBy(ActionUpdate::actionId));
    List<Entry> entries =
        actions.stream()
            .filter(action -> byAction.containsKey(action.id()) || meeting.reviews(action))
            .sorted(
                Comparator.comparing(Action::themeId)
                    .thenComparing(Action::dueDate)
                    .thenComparing(Action::createdAt))
            .map(
                action ->
                    new Entry(
                        action,
                        byAction.getOrDefault(action.id(), List.of()),
                        action.overdue(today)))
            .toList();
    return new Agenda(entries);
  }

  public long reviewedCount() {
    return entries.stream().filter(Entry::reviewed).count();
  }

  public Optional<Entry> entry(UUID actionId) {
    return entries.stream().filter(e -> e.action().id().equals(actionId)).findFirst();
  }

  /**
   * The next action after this one that the meeting has not reviewed yet, going round to the start.
   */
  public Optional<Entry> nextUnreviewed(UUID after) {
    int from = entries.indexOf(entry(after).orElse(null));
    for (int step = 1; step <= entries.size(); step++) {
      Entry next = entries.get((from + step + entries.size()) % entries.size());
      if (!next.reviewed()) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }

  public Optional<Entry> previous(UUID actionId) {
    int index = entries.indexOf(entry(actionId).orElse(null));
    return index > 0 ? Optional.of(entries.get(index - 1)) : Optional.empty();
  }

  public Optional<Entry> next(UUID actionId) {
    int index = entries.indexOf(entry(actionId).orElse(null));
    return index >= 0 && index < entries.size() - 1
        ? Optional.of(entries.get(index + 1))
        : Optional.empty();
  }
}
