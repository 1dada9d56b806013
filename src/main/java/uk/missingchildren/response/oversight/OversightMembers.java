package uk.missingchildren.response.oversight;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OversightMembers extends JpaRepository<OversightMember, UUID> {

  Optional<OversightMember> findByGroupIdAndAccountId(UUID groupId, UUID accountId);

  List<OversightMember> findByAccountId(UUID accountId);

  List<OversightMember> findByGroupIdOrderByJoinedAtAsc(UUID groupId);
}
