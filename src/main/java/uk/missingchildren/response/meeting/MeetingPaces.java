package uk.missingchildren.response.meeting;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface MeetingPaces extends JpaRepository<MeetingPace, UUID> {

  Optional<MeetingPace> findByMeetingIdAndPartnershipId(UUID meetingId, UUID partnershipId);
}
