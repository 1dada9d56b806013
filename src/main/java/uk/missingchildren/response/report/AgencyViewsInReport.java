package uk.missingchildren.response.report;

import java.util.List;

/**
 * What a report says of the agencies' views, every word chosen, so its page, PDF and Word document
 * say the same: where their own views were furthest apart before the meeting (by agency only), and
 * the different views recorded in it.
 */
record AgencyViewsInReport(List<Differed> differedMost, List<DifferentView> differentViews) {

  static final AgencyViewsInReport NONE = new AgencyViewsInReport(List.of(), List.of());

  public boolean shown() {
    return !differedMost.isEmpty() || !differentViews.isEmpty();
  }

  /**
   * A question or item the agencies answered differently before the meeting.
   *
   * @param heading such as "Question 1: Does the local authority ..."
   * @param level how far apart, in the framework's words
   * @param views each as "Police: Partly"
   * @param agreed what the group agreed
   */
  record Differed(String heading, String level, List<String> views, String agreed) {}

  /** A view an agency asked to have recorded beside the agreed answer. */
  record DifferentView(String heading, String agency, String view) {}
}
