package uk.missingchildren.response.review;

import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.framework.Theme;

/**
 * The next step with one area's checklist, as a button says it: start the first review, continue
 * the review in progress, or start the next round after a completed one. Pages that name priority
 * areas (the stage-one submission page and report, the checklists page, the dashboard) offer it, so
 * the way from "start with these" to working on one is a single click.
 *
 * @param kind what the step is
 * @param href where it leads: the review in progress, or the page that starts a new round
 * @param round the round the step works on: the one in progress, or the one it would start
 */
public record ChecklistNextStep(Theme theme, Kind kind, String href, int round) {

  /** What the step is; each has the button's words in the messages, by {@link #messageKey()}. */
  public enum Kind {
    START,
    CONTINUE,
    NEXT_ROUND
  }

  /** "review.next.START" and so on: the words take the area's title and the round. */
  public String messageKey() {
    return "review.next." + kind.name();
  }

  /** The step for {@code theme}, given the latest round of each area's checklist, by theme id. */
  public static ChecklistNextStep of(UUID partnershipId, Theme theme, Map<String, Review> latest) {
    Review review = latest.get(theme.id());
    String start =
        "/partnerships/" + partnershipId + "/checklists/" + theme.slug() + "/reviews/new";
    if (review == null) {
      return new ChecklistNextStep(theme, Kind.START, start, 1);
    }
    if (!review.completed()) {
      return new ChecklistNextStep(
          theme, Kind.CONTINUE, ReviewPages.path(partnershipId, review.id()), review.round());
    }
    return new ChecklistNextStep(theme, Kind.NEXT_ROUND, start, review.round() + 1);
  }
}
