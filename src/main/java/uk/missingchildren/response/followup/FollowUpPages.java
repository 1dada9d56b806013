package uk.missingchildren.response.followup;

import java.util.UUID;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Addresses and wording shared by the follow-up pages. */
final class FollowUpPages {

  private FollowUpPages() {}

  static String path(PartnershipContext context, UUID meetingId) {
    return "/partnerships/" + context.partnershipId() + "/follow-ups/" + meetingId;
  }
}
