package uk.missingchildren.response.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface MeetingPeople extends JpaRepository<MeetingPerson, UUID> {

  List<MeetingPerson> findByPartnershipIdOrderByNameAscIdAsc(UUID partnershipId);

  Optional<MeetingPerson> findByIdAndPartnershipId(UUID id, UUID partnershipId);
}
