package uk.missingchildren.response.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The actions a review summary lists beside the ratings, from the package that owns actions (which
 * depends on this one, so it implements this rather than being called directly).
 */
public interface ReviewActions {

  /** The actions set for this review's items, in the order they were set. */
  List<ReviewAction> setIn(PartnershipContext context, UUID reviewId);

  /**
   * What the latest submitted stage-one benchmark wrote down as actions arising for the area's
   * questions, each with the actions already made from it; empty when nothing has been submitted.
   */
  Optional<StageOneArising> stageOne(PartnershipContext context, String themeId);

  /** The benchmark meeting the actions arising come from, and one entry per question, in order. */
  record StageOneArising(LocalDate meetingDate, List<Arising> arising) {}

  /**
   * One question's actions arising, as the meeting wrote them, and the actions made from them.
   * {@code decided} is null unless the action plan set them aside or merged them into an action, in
   * which case no action is to be made from them here.
   */
  record Arising(Question question, String text, List<ReviewAction> actions, NotTaken decided) {

    public boolean open() {
      return decided == null;
    }
  }

  /**
   * Actions arising the action plan did not make an action of: set aside, for {@code reason}, or
   * merged into the action {@code mergedInto} (null if that action is gone).
   */
  record NotTaken(boolean setAside, String reason, ReviewAction mergedInto, Instant decidedAt) {}
}
