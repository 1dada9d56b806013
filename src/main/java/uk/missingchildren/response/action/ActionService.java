package uk.missingchildren.response.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Setting actions, updating them, and reading the partnership's register and each action's history.
 */
@Service
public class ActionService {

  private final Actions actions;
  private final ActionUpdates updates;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ActionService(
      Actions actions,
      ActionUpdates updates,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.actions = actions;
    this.updates = updates;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Today in the UK, the day "overdue" is judged by. */
  @CheckedWithoutContext("reads the clock, no partnership data")
  public LocalDate today() {
    return UkTime.today(clock);
  }

  @Transactional(readOnly = true)
  public Action action(PartnershipContext context, UUID actionId) {
    return find(context, actionId);
  }

  /** Every update of the action, oldest first. */
  @Transactional(readOnly = true)
  public List<ActionUpdate> history(PartnershipContext context, UUID actionId) {
    return updates.findByPartnershipIdAndActionIdOrderByRecordedAtAscIdAsc(
        context.partnershipId(), find(context, actionId).id());
  }

  /** The updates made in one follow-up meeting, in the order they were made. */
  @Transactional(readOnly = true)
  public List<ActionUpdate> updatesIn(PartnershipContext context, UUID meetingId) {
    return updates.findByPartnershipIdAndMeetingIdOrderByRecordedAtAscIdAsc(
        context.partnershipId(), meetingId);
  }

  /** Every update of every action of the partnership, oldest first. */
  @Transactional(readOnly = true)
  public List<ActionUpdate> allUpdates(PartnershipContext context) {
    return updates.findByPartnershipIdOrderByRecordedAtAscIdAsc(context.partnershipId());
  }

  /**
   * Records a group's decision about an action, unless the action has changed since the page was
   * drawn ({@code basedOn} is the version the page showed): then nothing is written and the outcome
   * says so, unless the change already recorded is this very one (the form was sent twice).
   *
   * @param meetingId the follow-up meeting it was decided in, already checked to be the
   *     partnership's; or null
   * @throws ActionUpdateRejectedException if the change breaks one of the action's rules
   */
  public UpdateOutcome update(
      PartnershipContext context,
      UUID actionId,
      ActionChange change,
      long basedOn,
      UUID meetingId) {
    context.requireEditor();
    try {
      return transaction.execute(status -> attempt(context, actionId, change, basedOn, meetingId));
    } catch (OptimisticLockingFailureException lostRace) {
      return transaction.execute(status -> UpdateOutcome.clash(find(context, actionId)));
    }
  }

  private UpdateOutcome attempt(
      PartnershipContext context,
      UUID actionId,
      ActionChange change,
      long basedOn,
      UUID meetingId) {
    Action action = find(context, actionId);
    if (action.version() != basedOn) {
      List<ActionUpdate> history =
          updates.findByPartnershipIdAndActionIdOrderByRecordedAtAscIdAsc(
              context.partnershipId(), action.id());
      ActionUpdate latest = history.isEmpty() ? null : history.get(history.size() - 1);
      boolean sentTwice =
          latest != null
              && action.version() == basedOn + 1
              && context.accountId().equals(latest.recordedBy())
              && latest.records(change, action.status())
              && !action.amends(change);
      return sentTwice ? UpdateOutcome.recorded(action, latest) : UpdateOutcome.clash(action);
    }
    ActionUpdate update =
        action.apply(
            change,
            today(),
            new ActionUpdate.Recorded(
                context.accountId(), context.email(), clock.instant(), meetingId));
    actions.saveAndFlush(action);
    updates.save(update);
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        action.status() == ActionStatus.CLOSED ? "ACTION_CLOSED" : "ACTION_UPDATED",
        action.title(),
        describe(update));
    return UpdateOutcome.recorded(action, update);
  }

  private static String describe(ActionUpdate update) {
    StringBuilder details =
        new StringBuilder("status " + update.statusBefore() + " -> " + update.statusAfter());
    if (update.impactRating() != null) {
      details.append("; impact ").append(update.impactRating());
    }
    if (update.ownerChanged()) {
      details
          .append("; owner ")
          .append(update.agencyBefore() == null ? update.ownerBefore() : update.agencyBefore())
          .append(" -> ")
          .append(update.agencyAfter() == null ? update.ownerAfter() : update.agencyAfter());
    }
    if (update.leadChanged()) {
      details
          .append("; lead ")
          .append(update.leadBefore())
          .append(" -> ")
          .append(update.leadAfter());
    }
    if (update.dueChanged()) {
      details.append("; due ").append(update.dueBefore()).append(" -> ").append(update.dueAfter());
    }
    if (update.meetingId() != null) {
      details.append("; in follow-up meeting ").append(update.meetingId());
    }
    return details.toString();
  }

  private Action find(PartnershipContext context, UUID actionId) {
    if (actionId == null) {
      throw new ActionNotFoundException();
    }
    return actions
        .findByIdAndPartnershipId(actionId, context.partnershipId())
        .orElseThrow(ActionNotFoundException::new);
  }

  @Transactional
  public Action create(PartnershipContext context, NewAction action) {
    context.requireEditor();
    Action saved =
        actions.save(
            new Action(context.partnershipId(), action, context.accountId(), clock.instant()));
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        "ACTION_SET",
        saved.title(),
        "from "
            + saved.source()
            + " "
            + saved.sourceId()
            + "; owner "
            + (saved.agency() == null ? saved.owner() : saved.agency())
            + "; lead "
            + saved.leadPerson()
            + "; due "
            + saved.dueDate());
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
    return actions.findByPartnershipIdAndReviewIdOrderByCreatedAtAsc(
        context.partnershipId(), reviewId);
  }
}
