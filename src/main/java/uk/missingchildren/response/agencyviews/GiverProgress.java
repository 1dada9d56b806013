package uk.missingchildren.response.agencyviews;

import java.time.Instant;

/**
 * Someone asked for their views, and how far they have got.
 *
 * @param lastSaved when they last saved a view, or null if they have not yet
 */
public record GiverProgress(ViewGiver giver, int answered, int questions, Instant lastSaved) {}
