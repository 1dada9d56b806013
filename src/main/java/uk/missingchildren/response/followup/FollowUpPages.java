package uk.missingchildren.response.followup;

import java.util.UUID;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Addresses and wording shared by the follow-up pages. */
final class FollowUpPages {

  private FollowUpPages() {}

  static String path(PartnershipContext context, UUID meetingId) {
    return path(context.partnershipId(), meetingId);
  }

  static String path(UUID partnershipId, UUID meetingId) {
    return "/partnerships/" + partnershipId + "/follow-ups/" + meetingId;
  }
}
