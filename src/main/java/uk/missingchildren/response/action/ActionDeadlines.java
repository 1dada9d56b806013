package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Open actions by due date across every partnership, for the job that reminds leads and
 * coordinators. Nobody is signed in when it runs, so there is no {@code PartnershipContext}: what
 * it reads goes only into emails to the action's own lead and its partnership's coordinators.
 */
@Service
public class ActionDeadlines {

  private static final List<ActionStatus> OPEN =
      Arrays.stream(ActionStatus.values()).filter(ActionStatus::open).toList();

  private final ActionDeadlineQueries actions;

  ActionDeadlines(ActionDeadlineQueries actions) {
    this.actions = actions;
  }

  /** Every open action due on or before the date, soonest first. */
  @CheckedWithoutContext(
      "the reminders job: emails go only to the action's lead and its partnership's coordinators")
  @Transactional(readOnly = true)
  public List<Action> openDueBy(LocalDate date) {
    return actions.findByStatusInAndDueDateLessThanEqualOrderByDueDateAsc(OPEN, date);
  }

  /** The action as it is now, if it is still open. */
  @CheckedWithoutContext(
      "the reminders job: emails go only to the action's lead and its partnership's coordinators")
  @Transactional(readOnly = true)
  public Optional<Action> open(UUID actionId) {
    return actions.findById(actionId).filter(action -> action.status().open());
  }
}
