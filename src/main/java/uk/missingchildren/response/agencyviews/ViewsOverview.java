package uk.missingchildren.response.agencyviews;

/**
 * What a meeting's overview says about the views, for the coordinators and the facilitator.
 *
 * @param board null until views have been asked for
 * @param hubPath where views are asked for
 * @param spreadPath where the agencies' differences are listed
 */
public record ViewsOverview(SpreadBoard board, String hubPath, String spreadPath) {

  public boolean asked() {
    return board != null;
  }
}
