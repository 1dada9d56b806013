package uk.missingchildren.response.oversight;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Shares extends JpaRepository<Share, Share.Key> {

  List<Share> findByKeyGroupIdOrderByJoinedAtAsc(UUID groupId);

  List<Share> findByKeyPartnershipId(UUID partnershipId);
}
