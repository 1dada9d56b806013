package uk.missingchildren.response.agencyviews;

import java.util.List;

/**
 * The page where views are asked for: the meeting, the request if there is one yet, and the people
 * asked.
 *
 * @param request null until views have been asked for
 */
public record ViewsHub(ViewsSubject subject, ViewRequest request, List<GiverProgress> people) {}
