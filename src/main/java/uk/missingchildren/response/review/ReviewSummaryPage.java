package uk.missingchildren.response.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.StageTwoScales;

/**
 * Everything the review summary page shows, worked out here so the template only lays it out: the
 * progress by section, the required items not met, the counts, the gap-by-impact grid, the items in
 * priority order with the actions already set for each, and stage one's actions arising.
 *
 * @param stageOne null when the partnership has no submitted benchmark
 */
public record ReviewSummaryPage(
    ReviewView view,
    List<SectionProgress> sections,
    List<ItemRating> requiredNotMet,
    List<ScaleOption> extentColumns,
    List<CountRow> counts,
    List<ScaleOption> gridColumns,
    List<GridRow> grid,
    List<Priority> priorities,
    List<ReviewAction> otherActions,
    ReviewActions.StageOneArising stageOne) {

  /** Shading steps of the grid, from no gap to the largest gap on the highest impact. */
  static final int LEVELS = 3;

  static ReviewSummaryPage of(
      ReviewView view, List<ReviewAction> setInReview, ReviewActions.StageOneArising stageOne) {
    ReviewSummary summary = view.summary();
    StageTwoScales scales = view.framework().stageTwo();
    List<Priority> priorities =
        summary.priorities().stream()
            .map(
                r ->
                    new Priority(
                        r,
                        r.priority(scales),
                        r.requiredGap(scales),
                        forItem(setInReview, r.item().id())))
            .toList();
    Set<String> listed =
        priorities.stream().map(p -> p.rating().item().id()).collect(Collectors.toSet());
    List<ReviewAction> others =
        setInReview.stream().filter(a -> !listed.contains(a.sourceId())).toList();
    return new ReviewSummaryPage(
        view,
        sections(view),
        requiredNotMet(view),
        scales.extent(),
        counts(summary, scales),
        scored(scales),
        grid(summary, scales),
        priorities,
        others,
        stageOne);
  }

  private static List<ReviewAction> forItem(List<ReviewAction> actions, String itemId) {
    return actions.stream().filter(a -> a.sourceId().equals(itemId)).toList();
  }

  private static List<SectionProgress> sections(ReviewView view) {
    List<SectionProgress> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      List<ChecklistItem> items = view.items().stream().filter(i -> i.section() == kind).toList();
      long rated = items.stream().filter(i -> view.evaluated(i).rated()).count();
      sections.add(new SectionProgress(kind, kind.key().replace('_', '-'), rated, items.size()));
    }
    return sections;
  }

  /** In checklist order: the list the page calls out before anything else. */
  private static List<ItemRating> requiredNotMet(ReviewView view) {
    StageTwoScales scales = view.framework().stageTwo();
    return view.items().stream()
        .map(view::evaluated)
        .filter(rating -> rating.requiredGap(scales))
        .toList();
  }

  /**
   * How the required items listed first are described: "notMet", or "notFullyMet" when the
   * framework puts partly met ones first too.
   */
  public String requiredWording() {
    return view.framework().stageTwo().requiredFirstIncludesPartlyMet() ? "notFullyMet" : "notMet";
  }

  private static List<CountRow> counts(ReviewSummary summary, StageTwoScales scales) {
    List<CountRow> rows = new ArrayList<>();
    for (Map.Entry<SectionKind, Map<String, Long>> section : summary.countsBySection().entrySet()) {
      Map<String, Long> counts = section.getValue();
      List<Long> byExtent =
          scales.extent().stream().map(e -> counts.getOrDefault(e.value(), 0L)).toList();
      long notRated = counts.getOrDefault(ReviewSummary.NOT_RATED, 0L);
      rows.add(
          new CountRow(
              section.getKey(),
              byExtent,
              notRated,
              byExtent.stream().mapToLong(Long::longValue).sum() + notRated));
    }
    return rows;
  }

  /** The extent options the grid has columns for: those that carry a score. */
  private static List<ScaleOption> scored(StageTwoScales scales) {
    return scales.extent().stream().filter(e -> e.score() != null).toList();
  }

  private static List<GridRow> grid(ReviewSummary summary, StageTwoScales scales) {
    int maxExtent = scored(scales).stream().mapToInt(ScaleOption::score).max().orElse(0);
    int maxImpact =
        scales.impact().stream()
            .filter(i -> i.score() != null)
            .mapToInt(ScaleOption::score)
            .max()
            .orElse(0);
    int maxPriority = Math.max(1, maxExtent * maxImpact);
    List<GridRow> rows = new ArrayList<>();
    for (ScaleOption impact : scales.impact()) {
      Map<String, Long> row = summary.extentByImpact().getOrDefault(impact.value(), Map.of());
      List<GridCell> cells =
          scored(scales).stream()
              .map(
                  extent -> {
                    int priority =
                        (maxExtent - extent.score())
                            * (impact.score() == null ? 0 : impact.score());
                    int level = (int) Math.ceil((double) LEVELS * priority / maxPriority);
                    return new GridCell(
                        extent, row.getOrDefault(extent.value(), 0L), priority, level);
                  })
              .toList();
      rows.add(new GridRow(impact, cells));
    }
    return rows;
  }

  public long ratedCount() {
    return view.ratedCount();
  }

  public int itemCount() {
    return view.items().size();
  }

  /**
   * Column totals of the counts table, in the same order as its columns (extent options, then not
   * rated).
   */
  public List<Long> countTotals() {
    List<Long> totals = new ArrayList<>();
    for (int column = 0; column < extentColumns.size(); column++) {
      int c = column;
      totals.add(counts.stream().mapToLong(r -> r.byExtent().get(c)).sum());
    }
    totals.add(counts.stream().mapToLong(CountRow::notRated).sum());
    return totals;
  }

  /** One section's progress, with the slug its page has in the address. */
  public record SectionProgress(SectionKind kind, String slug, long rated, long total) {}

  /** One section's row of the counts table: a count per extent option, then those not rated. */
  public record CountRow(SectionKind kind, List<Long> byExtent, long notRated, long total) {}

  /** One impact option's row of the grid. */
  public record GridRow(ScaleOption impact, List<GridCell> cells) {}

  /**
   * How many items have this extent and impact; {@code priority} is the gap times the impact of
   * every item in it and {@code level} its step, 0 (no gap) to {@link #LEVELS}.
   */
  public record GridCell(ScaleOption extent, long count, int priority, int level) {

    /**
     * How dark the square is drawn: its step, but only when it holds items. An empty square is no
     * priority, however large the gap it stands for, so it is never shaded as one.
     */
    public int shade() {
      return count == 0 ? 0 : level;
    }

    public boolean empty() {
      return count == 0;
    }
  }

  /** An item in priority order, and the actions already set for it. */
  public record Priority(
      ItemRating rating, int score, boolean requiredNotMet, List<ReviewAction> actions) {

    /**
     * The tag for a required item with a gap, in the rating's own words: "Don't know" is a gap to
     * find out about, never "not met". Null for any other item.
     */
    public String requiredTagKey() {
      if (!requiredNotMet) {
        return null;
      }
      if (rating.unknown()) {
        return "reviewSummary.priorities.requiredNotKnown";
      }
      return rating.notMet()
          ? "reviewSummary.priorities.requiredNotMet"
          : "reviewSummary.priorities.requiredPartlyMet";
    }
  }
}
