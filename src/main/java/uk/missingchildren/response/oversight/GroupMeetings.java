package uk.missingchildren.response.oversight;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMeetings extends JpaRepository<GroupMeeting, UUID> {

  List<GroupMeeting> findByGroupIdOrderByMeetingDateDescRecordedAtDesc(UUID groupId);

  Optional<GroupMeeting> findByIdAndGroupId(UUID id, UUID groupId);
}
