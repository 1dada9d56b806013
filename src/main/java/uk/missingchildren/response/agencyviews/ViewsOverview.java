package uk.missingchildren.response.agencyviews;

/**
 * What a meeting's overview says about the views, for the coordinators and the facilitator.
 *
 * @param board null until views have been asked for
 * @param hubPath where views are asked for
 * @param spreadPath where the agencies' differences are listed
 * @param mine where this member gives their own views, when they were asked by their own address
 * @param seesViews whether this person sees everyone's views (a coordinator or the facilitator)
 */
public record ViewsOverview(
    SpreadBoard board, String hubPath, String spreadPath, String mine, boolean seesViews) {

  public boolean asked() {
    return board != null;
  }
}
