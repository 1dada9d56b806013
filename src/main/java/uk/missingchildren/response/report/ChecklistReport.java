package uk.missingchildren.response.report;

import java.util.List;

/**
 * Everything a completed checklist review's report says, with every word and date already chosen,
 * so the page, the PDF and the Word document only lay it out and can never disagree.
 *
 * @param path the report's address in the service, "/partnerships/…/reviews/…/report"
 * @param fileStem "checklist-review-return-home-interviews-round-2", for the downloads
 * @param changes what changed since the previous round; null in the first round
 * @param requiredNotMet the required items the framework puts before every other item: by default
 *     those scoring nothing ("Not met" or "Don't know"), in 2026.2 any not fully met
 * @param requiredWording "notMet", or "notFullyMet" when partly met required items are listed too
 * @param priorities the items to act on first, at most {@link #MAX_PRIORITIES} of them
 * @param prioritised how many items have a priority, shown or not
 */
record ChecklistReport(
    String path,
    String fileStem,
    String partnershipName,
    String themeTitle,
    int round,
    String meetingDay,
    String facilitator,
    String noteTaker,
    String frameworkVersion,
    String frameworkTitle,
    String completed,
    List<StageOneReport.Attendee> attendees,
    Changes changes,
    Grid grid,
    List<Item> requiredNotMet,
    String requiredWording,
    List<Priority> priorities,
    String prioritiesLead,
    int prioritised,
    List<Section> sections,
    List<Action> actions,
    AgencyViewsInReport agencyViews) {

  static final int MAX_PRIORITIES = 10;

  /**
   * One item as the group rated it. {@code impact} is null when none was given (an item that does
   * not apply needs none); {@code reason} is null unless the item does not apply; {@code evidence}
   * is null when nothing was recorded.
   */
  record Item(
      String id,
      String text,
      String sectionTitle,
      String extent,
      String impact,
      String reason,
      String evidence,
      boolean notApplicable) {}

  /** One of the checklist's three sections, with its items in checklist order. */
  record Section(String key, String title, String description, List<Item> items) {}

  /**
   * An item to act on, with its place in the order.
   *
   * @param gap how far from fully met, on the extent scale
   * @param score the gap times the impact score
   */
  record Priority(int rank, Item item, int gap, int impactScore, int score) {}

  /**
   * The comparison with the previous round: the items whose extent or impact changed, and how many
   * of all the items compared were better met, less well met or the same.
   */
  record Changes(
      int previousRound,
      List<Change> changed,
      int improved,
      int worse,
      int unchanged,
      int notCompared) {}

  /**
   * One item whose rating changed. {@code extent} and {@code impact} read "Partly met → Fully met"
   * where the option changed and just the option where it did not; {@code direction} says what the
   * change did to the extent score.
   */
  record Change(String id, String text, String extent, String impact, String direction) {}

  /** The gap-by-impact grid: a row per impact option, a column per scored extent option. */
  record Grid(List<String> extentLabels, List<GridRow> rows) {}

  record GridRow(String impactLabel, List<Long> counts) {}

  /**
   * An action set in the review. {@code owner} is "The partnership" or the agency's name; {@code
   * itemId} is the checklist item it came from, or null.
   */
  record Action(
      String title,
      String description,
      String owner,
      String lead,
      String due,
      String successMeasure,
      String itemId) {}
}
