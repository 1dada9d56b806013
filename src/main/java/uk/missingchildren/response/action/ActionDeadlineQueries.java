package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** Actions by due date across every partnership, for the reminders job only. */
@PartnershipOwned
interface ActionDeadlineQueries extends Repository<Action, UUID> {

  List<Action> findByStatusInAndDueDateLessThanEqualOrderByDueDateAsc(
      Collection<ActionStatus> statuses, LocalDate dueOnOrBefore);

  Optional<Action> findById(UUID id);
}
