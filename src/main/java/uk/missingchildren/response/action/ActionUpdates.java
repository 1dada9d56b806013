package uk.missingchildren.response.action;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ActionUpdates extends JpaRepository<ActionUpdate, UUID> {

  List<ActionUpdate> findByPartnershipIdAndActionIdOrderByRecordedAtAscIdAsc(
      UUID partnershipId, UUID actionId);

  List<ActionUpdate> findByPartnershipIdAndMeetingIdOrderByRecordedAtAscIdAsc(
      UUID partnershipId, UUID meetingId);

  List<ActionUpdate> findByPartnershipIdOrderByRecordedAtAscIdAsc(UUID partnershipId);
}
