package uk.missingchildren.response.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface FollowUpMeetings extends JpaRepository<FollowUpMeeting, UUID> {

  List<FollowUpMeeting> findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
      UUID partnershipId);

  Optional<FollowUpMeeting> findByIdAndPartnershipId(UUID id, UUID partnershipId);
}
