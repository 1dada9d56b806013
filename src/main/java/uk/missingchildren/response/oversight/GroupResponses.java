package uk.missingchildren.response.oversight;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupResponses extends JpaRepository<GroupResponse, GroupResponse.Key> {

  List<GroupResponse> findByKeyMeetingId(UUID meetingId);

  List<GroupResponse> findByKeyActionId(UUID actionId);

  List<GroupResponse> findByKeyMeetingIdIn(List<UUID> meetingIds);
}
