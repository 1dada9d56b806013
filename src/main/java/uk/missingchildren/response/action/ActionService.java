package uk.missingchildren.response.action;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Setting actions and reading the partnership's register. */
@Service
public class ActionService {

  private final Actions actions;
  private final AuditLog audit;
  private final Clock clock;

  ActionService(Actions actions, AuditLog audit, Clock clock) {
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Action create(PartnershipContext context, NewAction action) {
    context.requireEditor();
    Action saved = actions.save(new Action(context.partnershipId(), action, context.accountId(), clock.instant()));
    audit.record(new AuditEvent.Actor(context.accountId(), context.email()), context.partnershipId(), "ACTION_SET",
        saved.title(), "from " + saved.source() + " " + saved.sourceId() + "; owner "
            + (saved.agency() == null ? saved.owner() : saved.agency()) + "; lead " + saved.leadPerson() + "; due " + saved.dueDate());
    return saved;
  }

  /** Every action of the partnership, soonest due first. */
  @Transactional(readOnly = true)
  public List<Action> register(PartnershipContext context) {
    return actions.findByPartnershipIdOrderByDueDateAscCreatedAtAsc(context.partnershipId());
  }

  /** The actions a checklist review set. */
  @Transactional(readOnly = true)
  public List<Action> setIn(PartnershipContext context, UUID reviewId) {
    return actions.findByPartnershipIdAndReviewIdOrderByCreatedAtAsc(context.partnershipId(), reviewId);
  }
}
