package uk.missingchildren.response.agencyviews;

import java.util.List;

/**
 * What a meeting's report shows of the agencies' views: the questions they were furthest apart on
 * before the meeting, by agency only, and the different views recorded in it.
 *
 * @param differedMost at most {@link #MOST_SHOWN}, the furthest apart first, with no names and no
 *     reasons
 */
public record ViewsForReport(List<ItemSpread> differedMost, List<RecordedView> differentViews) {

  static final int MOST_SHOWN = 5;

  public boolean empty() {
    return differedMost.isEmpty() && differentViews.isEmpty();
  }

  static ItemSpread withoutReasons(ItemSpread item) {
    return new ItemSpread(
        item.item(),
        item.spread(),
        item.answers().stream()
            .map(
                answer ->
                    new AgencyAnswer(
                        answer.agency(),
                        null,
                        answer.answer(),
                        answer.answerLabel(),
                        answer.unknown(),
                        null))
            .toList());
  }
}
