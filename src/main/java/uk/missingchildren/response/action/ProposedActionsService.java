package uk.missingchildren.response.action;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.benchmark.ActionsArisingService;
import uk.missingchildren.response.benchmark.WrittenActionsArising;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Every action arising written at stage one is proposed for the action plan until someone agrees it
 * as an action, merges it into an existing action, or sets it aside with a reason. A proposal is
 * decided once: a second decision (someone else's, or the same form sent again) is refused, and
 * nothing decided is deleted. An action arising turned into an action from a checklist review's
 * summary counts as agreed.
 */
@Service
public class ProposedActionsService {

  private final ActionsArisingService arising;
  private final ProposalDecisions decisions;
  private final Actions actions;
  private final ActionService actionService;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ProposedActionsService(
      ActionsArisingService arising,
      ProposalDecisions decisions,
      Actions actions,
      ActionService actionService,
      Accounts accounts,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.arising = arising;
    this.decisions = decisions;
    this.actions = actions;
    this.actionService = actionService;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Transactional(readOnly = true)
  public Proposals proposals(PartnershipContext context) {
    return proposals(
        context, actions.findByPartnershipIdOrderByDueDateAscCreatedAtAsc(context.partnershipId()));
  }

  /**
   * The proposals, given the partnership's whole register already read (by the action plan page,
   * say), so it is not read twice.
   */
  @Transactional(readOnly = true)
  public Proposals proposals(PartnershipContext context, List<Action> register) {
    List<WrittenActionsArising> written = arising.written(context);
    List<ProposalDecision> decided =
        decisions.findByPartnershipIdOrderByDecidedAtDesc(context.partnershipId());
    Map<UUID, Action> actionsById =
        register.stream().collect(Collectors.toMap(Action::id, Function.identity()));
    Set<ProposedAction.Key> done = done(context, decided, actionsById.values());
    List<ProposedAction> all =
        written.stream().map(w -> new ProposedAction(context.partnershipId(), w)).toList();
    Map<ProposedAction.Key, WrittenActionsArising> byKey =
        all.stream().collect(Collectors.toMap(ProposedAction::key, ProposedAction::arising));
    Map<UUID, String> names = names(decided);
    return new Proposals(
        all.stream().filter(p -> !done.contains(p.key())).toList(),
        decided.stream()
            .map(
                decision ->
                    new Proposals.Decided(
                        decision,
                        Optional.ofNullable(byKey.get(decision.key())),
                        Optional.ofNullable(decision.actionId()).map(actionsById::get),
                        decision.decidedBy() == null ? null : names.get(decision.decidedBy())))
            .toList());
  }

  /**
   * How many proposals are still to be decided, given the partnership's whole register already
   * read: for the dashboard, which counts them without the names the action plan shows (two reads).
   */
  @Transactional(readOnly = true)
  public long pendingCount(PartnershipContext context, List<Action> register) {
    Set<ProposedAction.Key> done =
        done(
            context,
            decisions.findByPartnershipIdOrderByDecidedAtDesc(context.partnershipId()),
            register);
    return arising.writtenWithoutNames(context).stream()
        .map(written -> new ProposedAction(context.partnershipId(), written).key())
        .filter(key -> !done.contains(key))
        .count();
  }

  /**
   * The proposals decided: those with a decision recorded, and those turned into an action from a
   * checklist review's summary.
   */
  private static Set<ProposedAction.Key> done(
      PartnershipContext context, List<ProposalDecision> decided, Collection<Action> actions) {
    Set<ProposedAction.Key> done =
        decided.stream().map(ProposalDecision::key).collect(Collectors.toSet());
    actions.stream()
        .filter(action -> action.source() == ActionSource.STAGE_ONE_QUESTION)
        .filter(action -> action.benchmarkId() != null)
        .map(
            action ->
                new ProposedAction.Key(
                    context.partnershipId(), action.benchmarkId(), action.sourceId()))
        .forEach(done::add);
    return done;
  }

  /**
   * Whether this benchmark question's actions arising were set aside, or merged into an action, so
   * that no action is to be made from them elsewhere.
   */
  @Transactional(readOnly = true)
  boolean notTaken(PartnershipContext context, UUID benchmarkId, String questionId) {
    return decisions
        .findByPartnershipIdAndBenchmarkId(context.partnershipId(), benchmarkId)
        .stream()
        .anyMatch(
            decision ->
                decision.questionId().equals(questionId)
                    && decision.outcome() != ProposalOutcome.AGREED);
  }

  /**
   * The proposal, if it is still to be decided; one read of the arisings, decisions and register.
   *
   * @throws ProposalAlreadyDecidedException if it has been decided (someone else was quicker)
   * @throws ActionSourceNotFoundException if the partnership has no such proposal
   */
  @Transactional(readOnly = true)
  public ProposedAction pending(PartnershipContext context, UUID benchmarkId, String questionId) {
    ProposedAction.Key key =
        new ProposedAction.Key(context.partnershipId(), benchmarkId, questionId);
    Set<ProposedAction.Key> done =
        done(
            context,
            decisions.findByPartnershipIdOrderByDecidedAtDesc(context.partnershipId()),
            actions.findByPartnershipIdOrderByDueDateAscCreatedAtAsc(context.partnershipId()));
    if (done.contains(key)) {
      throw new ProposalAlreadyDecidedException(context.partnershipId());
    }
    return arising.written(context).stream()
        .map(written -> new ProposedAction(context.partnershipId(), written))
        .filter(proposal -> proposal.key().equals(key))
        .findFirst()
        .orElseThrow(ActionSourceNotFoundException::new);
  }

  /** Agrees the proposal as a new action, set in the same transaction as the decision. */
  public Action agree(PartnershipContext context, ProposedAction proposal, NewAction action) {
    context.requireEditor();
    return decideOnce(
        proposal,
        () -> {
          Action created = actionService.create(context, action);
          decisions.saveAndFlush(
              ProposalDecision.agreed(proposal, created, context.accountId(), now()));
          record(context, proposal, "PROPOSED_ACTION_AGREED", "as action " + created.reference());
          return created;
        });
  }

  /** Records that {@code actionId}, one of the partnership's open actions, covers the proposal. */
  public Action merge(PartnershipContext context, ProposedAction proposal, UUID actionId) {
    context.requireEditor();
    return decideOnce(
        proposal,
        () -> {
          Action into =
              actions
                  .findByIdAndPartnershipId(actionId, context.partnershipId())
                  .filter(action -> action.status().open())
                  .orElseThrow(ActionNotFoundException::new);
          decisions.saveAndFlush(
              ProposalDecision.merged(proposal, into, context.accountId(), now()));
          record(context, proposal, "PROPOSED_ACTION_MERGED", "into action " + into.reference());
          return into;
        });
  }

  public void setAside(PartnershipContext context, ProposedAction proposal, String reason) {
    context.requireEditor();
    decideOnce(
        proposal,
        () -> {
          decisions.saveAndFlush(
              ProposalDecision.setAside(proposal, reason.strip(), context.accountId(), now()));
          record(context, proposal, "PROPOSED_ACTION_SET_ASIDE", "reason: " + reason.strip());
          return null;
        });
  }

  private <T> T decideOnce(ProposedAction proposal, Supplier<T> decision) {
    try {
      return transaction.execute(status -> decision.get());
    } catch (DataIntegrityViolationException decidedMeanwhile) {
      throw new ProposalAlreadyDecidedException(proposal.partnershipId());
    }
  }

  private void record(
      PartnershipContext context, ProposedAction proposal, String what, String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        what,
        "stage one " + proposal.arising().meetingDate() + ", " + proposal.arising().question().id(),
        details);
  }

  private Instant now() {
    return clock.instant();
  }

  private Map<UUID, String> names(List<ProposalDecision> decided) {
    return accounts.displayNames(decided.stream().map(ProposalDecision::decidedBy).toList());
  }
}
