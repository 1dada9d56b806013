package uk.missingchildren.response.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewAction;
import uk.missingchildren.response.review.ReviewActions;

/**
 * Gives the review summary the actions set from the review and from stage one's actions arising.
 */
@Component
class ReviewActionsFromTheRegister implements ReviewActions {

  private final ActionService actions;
  private final StageOneActionsArising stageOne;
  private final ProposalDecisions decisions;

  ReviewActionsFromTheRegister(
      ActionService actions, StageOneActionsArising stageOne, ProposalDecisions decisions) {
    this.actions = actions;
    this.stageOne = stageOne;
    this.decisions = decisions;
  }

  @Override
  public List<ReviewAction> setIn(PartnershipContext context, UUID reviewId) {
    return actions.setIn(context, reviewId).stream()
        .filter(action -> action.source() == ActionSource.CHECKLIST_ITEM)
        .map(ReviewActionsFromTheRegister::listed)
        .toList();
  }

  @Override
  public Optional<StageOneArising> stageOne(PartnershipContext context, String themeId) {
    return stageOne.latest(context, themeId).map(found -> withActions(context, found));
  }

  /**
   * Each question's actions arising, with the actions made from them at that benchmark and whether
   * the action plan set them aside or merged them.
   */
  private StageOneArising withActions(
      PartnershipContext context, StageOneActionsArising.Found found) {
    if (found.arising().isEmpty()) {
      return new StageOneArising(found.meetingDate(), List.of());
    }
    List<Action> register = actions.register(context);
    List<Action> fromThatBenchmark =
        register.stream()
            .filter(action -> action.source() == ActionSource.STAGE_ONE_QUESTION)
            .filter(action -> Objects.equals(action.benchmarkId(), found.benchmarkId()))
            .toList();
    Map<String, NotTaken> notTaken = notTaken(context, found.benchmarkId(), register);
    List<Arising> arising = new ArrayList<>();
    for (StageOneActionsArising.Arising entry : found.arising()) {
      String questionId = entry.question().id();
      arising.add(
          new Arising(
              entry.question(),
              entry.text(),
              fromThatBenchmark.stream()
                  .filter(action -> action.sourceId().equals(questionId))
                  .map(ReviewActionsFromTheRegister::listed)
                  .toList(),
              notTaken.get(questionId)));
    }
    return new StageOneArising(found.meetingDate(), arising);
  }

  /** The benchmark's questions whose actions arising were set aside or merged, by question. */
  private Map<String, NotTaken> notTaken(
      PartnershipContext context, UUID benchmarkId, List<Action> register) {
    Map<UUID, Action> byId =
        register.stream().collect(Collectors.toMap(Action::id, Function.identity()));
    return decisions
        .findByPartnershipIdAndBenchmarkId(context.partnershipId(), benchmarkId)
        .stream()
        .filter(decision -> decision.outcome() != ProposalOutcome.AGREED)
        .collect(
            Collectors.toMap(
                ProposalDecision::questionId,
                decision ->
                    new NotTaken(
                        decision.outcome() == ProposalOutcome.SET_ASIDE,
                        decision.reason(),
                        Optional.ofNullable(decision.actionId())
                            .map(byId::get)
                            .map(ReviewActionsFromTheRegister::listed)
                            .orElse(null),
                        decision.decidedAt())));
  }

  private static ReviewAction listed(Action action) {
    return new ReviewAction(
        action.sourceId(),
        action.title(),
        action.agency() != null ? action.agency().messageKey() : action.owner().messageKey(),
        action.leadPerson(),
        action.dueDate(),
        action.status().messageKey());
  }
}
