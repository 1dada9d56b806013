package uk.missingchildren.response.agencyviews;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ViewRequests extends JpaRepository<ViewRequest, UUID> {

  Optional<ViewRequest> findByMeetingKindAndMeetingIdAndPartnershipId(
      String meetingKind, UUID meetingId, UUID partnershipId);
}
