package uk.missingchildren.response.agencyviews;

import java.util.Optional;
import java.util.UUID;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * What a kind of meeting tells this feature about one of its meetings: what is to be answered, on
 * which scale, and whether answers can still change. Each kind's package provides one as a bean.
 */
public interface ViewsMeeting {

  /** The part of the meeting's address after {@code /partnerships/{id}/}, such as "benchmarks". */
  String kind();

  /**
   * The meeting, for a member of its partnership.
   *
   * @throws RuntimeException the kind's own "not found" exception if it is not in the partnership
   */
  ViewsSubject subject(PartnershipContext context, UUID meetingId);

  /** The meeting, for someone holding a personal link to give their views on it. */
  Optional<ViewsSubject> subjectForLinkHolder(UUID partnershipId, UUID meetingId);
}
