package uk.missingchildren.response.agencyviews;

import java.util.List;

/**
 * What a question's page shows of the views: the agencies' own views before the meeting (only for
 * the coordinators and the facilitator, and only if views were asked for) and the different views
 * recorded in it.
 *
 * @param spread null when this person may not see the views or none were asked for
 * @param spreadPath the page of every question, furthest apart first
 */
public record ItemViews(ItemSpread spread, List<RecordedView> different, String spreadPath) {}
