package uk.missingchildren.response.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface FollowUpAttendees extends JpaRepository<FollowUpAttendee, UUID> {

  List<FollowUpAttendee> findByMeetingIdOrderByAddedAtAscIdAsc(UUID meetingId);

  Optional<FollowUpAttendee> findByIdAndMeetingId(UUID id, UUID meetingId);
}
