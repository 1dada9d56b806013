package uk.missingchildren.response.agencyviews;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SpreadMeasure;

/**
 * A meeting as this feature sees it.
 *
 * @param title what it is called, such as "Stage one meeting, 3 December 2026"
 * @param path its address in the service
 * @param open whether its answers can still change (views are refused once it is not)
 * @param facilitator the account that runs it, who sees the views with the coordinators
 * @param scale the answers to choose from
 * @param items what is answered, in the order it is asked
 */
public record ViewsSubject(
    String kind,
    UUID id,
    UUID partnershipId,
    String partnershipName,
    String title,
    String path,
    boolean open,
    UUID facilitator,
    List<ScaleOption> scale,
    SpreadMeasure measure,
    List<Item> items) {

  public String itemPath(Item item) {
    return item.path();
  }

  public Optional<Item> item(String itemId) {
    return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
  }

  public Optional<ScaleOption> option(String value) {
    return scale.stream().filter(option -> option.value().equals(value)).findFirst();
  }

  /** The answers' labels, in order, such as "Yes, consistently, Partly, No". */
  public String labels(List<String> values) {
    return values.stream()
        .map(value -> option(value).map(ScaleOption::label).orElse(value))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public Optional<Item> next(Item item) {
    int at = items.indexOf(item);
    return at + 1 < items.size() ? Optional.of(items.get(at + 1)) : Optional.empty();
  }

  /**
   * @param number its number in the meeting, such as 5 for the fifth question
   * @param area where it belongs: its thematic area, or its checklist's section
   * @param path the page it is answered on
   */
  public record Item(String id, int number, String area, String text, String hint, String path) {}
}
