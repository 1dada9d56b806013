package uk.missingchildren.response.agencyviews;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface DifferentViews extends JpaRepository<DifferentView, UUID> {

  List<DifferentView> findByMeetingKindAndMeetingIdAndPartnershipIdOrderByRecordedAtAscIdAsc(
      String meetingKind, UUID meetingId, UUID partnershipId);

  List<DifferentView>
      findByMeetingKindAndMeetingIdAndPartnershipIdAndItemIdOrderByRecordedAtAscIdAsc(
          String meetingKind, UUID meetingId, UUID partnershipId, String itemId);

  List<DifferentView> findByPartnershipIdOrderByRecordedAtAscIdAsc(UUID partnershipId);

  Optional<DifferentView> findByIdAndPartnershipIdAndMeetingId(
      UUID id, UUID partnershipId, UUID meetingId);
}
