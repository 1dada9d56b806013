package uk.missingchildren.response.agencyviews;

import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/** A view recorded in the meeting as different from the agreed answer. */
public record RecordedView(UUID id, ViewsSubject.Item item, Agency agency, String text) {}
