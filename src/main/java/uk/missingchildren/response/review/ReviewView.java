package uk.missingchildren.response.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.framework.VersionChanges;

/**
 * A review with its ratings, and the previous round's where there was one, read in one go for a
 * page, a report or a file.
 */
public record ReviewView(
    Review review,
    Framework framework,
    Theme theme,
    Map<String, ReviewRating> ratings,
    Map<String, ReviewRating> previousRound,
    VersionChanges sincePreviousRound) {

  /** A round with nothing to say about changes in the framework since the one before it. */
  public ReviewView(
      Review review,
      Framework framework,
      Theme theme,
      Map<String, ReviewRating> ratings,
      Map<String, ReviewRating> previousRound) {
    this(review, framework, theme, ratings, previousRound, null);
  }

  /**
   * How an item changed since the previous round, when that round used an earlier framework version
   * and the item is new, reworded or moved; empty otherwise.
   */
  public Optional<VersionChanges.ItemChange> changeSincePreviousRound(String itemId) {
    if (sincePreviousRound == null || sincePreviousRound.sameVersion()) {
      return Optional.empty();
    }
    return sincePreviousRound
        .item(itemId)
        .filter(change -> change.change() != VersionChanges.Change.UNCHANGED);
  }

  /** The previous round's items of this checklist that are no longer in use. */
  public List<VersionChanges.ItemChange> retiredSincePreviousRound() {
    if (sincePreviousRound == null || sincePreviousRound.sameVersion()) {
      return List.of();
    }
    return sincePreviousRound.changedItems(theme.id()).stream()
        .filter(change -> change.change() == VersionChanges.Change.RETIRED)
        .toList();
  }

  /** How many of this round's items changed in this way ("REWORDED", "MOVED" or "NEW"). */
  public long changedSincePreviousRound(String change) {
    return items().stream()
        .filter(
            item ->
                changeSincePreviousRound(item.id())
                    .filter(c -> c.change().name().equals(change))
                    .isPresent())
        .count();
  }

  public Optional<ReviewRating> rating(String itemId) {
    return Optional.ofNullable(ratings.get(itemId));
  }

  public List<ChecklistItem> items() {
    return theme.checklist().activeItems();
  }

  /** The words of one of this area's items, for headings that lead with them; else the id. */
  public String itemText(String itemId) {
    return theme.checklist().items().stream()
        .filter(item -> item.id().equals(itemId))
        .map(ChecklistItem::text)
        .findFirst()
        .orElse(itemId);
  }

  /** The item's rating, read against the framework's scales. */
  public ItemRating evaluated(ChecklistItem item) {
    return evaluate(item, ratings.get(item.id()));
  }

  /** The same item's rating in the previous round, or null if there was none. */
  public ItemRating previous(ChecklistItem item) {
    return previousRound.containsKey(item.id())
        ? evaluate(item, previousRound.get(item.id()))
        : null;
  }

  private ItemRating evaluate(ChecklistItem item, ReviewRating rating) {
    if (rating == null) {
      return new ItemRating(item, null, null, null);
    }
    return new ItemRating(
        item,
        option(framework.stageTwo().extent(), rating.extent()),
        option(framework.stageTwo().impact(), rating.impact()),
        rating.reason());
  }

  private static ScaleOption option(List<ScaleOption> options, String value) {
    return value == null
        ? null
        : options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
  }

  /** The words for an extent value, as the framework puts them, or null for none. */
  public String extentLabel(String value) {
    ScaleOption option = option(framework.stageTwo().extent(), value);
    return option == null ? null : option.label();
  }

  /** The words for an impact value, as the framework puts them, or null for none. */
  public String impactLabel(String value) {
    ScaleOption option = option(framework.stageTwo().impact(), value);
    return option == null ? null : option.label();
  }

  /** Ids of active items not yet fully rated, in checklist order. */
  public List<String> unrated() {
    return items().stream()
        .filter(item -> !evaluated(item).rated())
        .map(ChecklistItem::id)
        .toList();
  }

  public long ratedIn(uk.missingchildren.response.framework.SectionKind section) {
    return items().stream()
        .filter(item -> item.section() == section && evaluated(item).rated())
        .count();
  }

  public long countIn(uk.missingchildren.response.framework.SectionKind section) {
    return items().stream().filter(item -> item.section() == section).count();
  }

  public long ratedCount() {
    return items().size() - unrated().size();
  }

  public ReviewSummary summary() {
    Map<String, ItemRating> evaluatedRatings =
        items().stream().collect(Collectors.toMap(ChecklistItem::id, this::evaluated));
    return ReviewSummary.of(theme.checklist(), framework.stageTwo(), evaluatedRatings);
  }
}
