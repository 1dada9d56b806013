package uk.missingchildren.response.plan;

import java.util.List;

/**
 * The action plan as the Word and PDF documents print it, every word chosen, so the two lay out the
 * same text: a heading per thematic area, and under it each action's heading and details; then the
 * proposed actions from stage one.
 *
 * @param summary "Exported on 22 November 2026: 12 actions, 3 of them overdue."
 */
record PrintedPlan(
    String title,
    String partnershipName,
    String summary,
    String footer,
    List<Area> areas,
    Proposed proposed) {

  /**
   * The proposed actions from stage one that are not actions of their own; {@code entries} is empty
   * when there are none, and then the section is left out.
   */
  record Proposed(String heading, String lead, List<Entry> entries) {}

  /** {@code id} is the area's id, for the PDF's bookmarks. */
  record Area(String id, String title, List<Entry> actions) {}

  /** {@code heading} is "3F2A9C1D: the action's title". */
  record Entry(String heading, boolean overdue, List<Detail> details) {}

  /** {@code warning} marks the detail to stand out: "Overdue: Yes". */
  record Detail(String label, String text, boolean warning) {}
}
