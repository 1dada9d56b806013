package uk.missingchildren.response.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

  ReviewActionsFromTheRegister(ActionService actions, StageOneActionsArising stageOne) {
    this.actions = actions;
    this.stageOne = stageOne;
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

  /** Each question's actions arising, with the actions made from them at that benchmark. */
  private StageOneArising withActions(
      PartnershipContext context, StageOneActionsArising.Found found) {
    List<Action> fromThatBenchmark =
        found.arising().isEmpty()
            ? List.of()
            : actions.register(context).stream()
                .filter(action -> action.source() == ActionSource.STAGE_ONE_QUESTION)
                .filter(action -> Objects.equals(action.benchmarkId(), found.benchmarkId()))
                .toList();
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
                  .toList()));
    }
    return new StageOneArising(found.meetingDate(), arising);
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
