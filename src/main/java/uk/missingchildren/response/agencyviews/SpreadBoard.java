package uk.missingchildren.response.agencyviews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.missingchildren.response.framework.SpreadMeasure;

/**
 * Every question of a meeting with the agencies' views of it, for the coordinators and the
 * facilitator.
 *
 * @param items in the order the meeting asks them
 * @param peopleWithViews how many of those asked have given at least one view
 * @param peopleAsked how many were asked
 */
public record SpreadBoard(
    ViewsSubject subject,
    ViewRequest request,
    List<ItemSpread> items,
    int peopleWithViews,
    int peopleAsked) {

  /** The questions the agencies are furthest apart on first; then in the meeting's order. */
  public List<ItemSpread> widestFirst() {
    return items.stream()
        .sorted(Comparator.comparing(ItemSpread::spread, SpreadMeasure.widestFirst()))
        .toList();
  }

  public Optional<ItemSpread> item(String itemId) {
    return items.stream().filter(item -> item.item().id().equals(itemId)).findFirst();
  }

  /** How many questions are at the level {@code levelId}. */
  public long atLevel(String levelId) {
    return items.stream().filter(item -> item.levelId().equals(levelId)).count();
  }
}
