package uk.missingchildren.response.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface FollowUpMeetings extends JpaRepository<FollowUpMeeting, UUID> {

  List<FollowUpMeeting> findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
      UUID partnershipId);

  Optional<FollowUpMeeting> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  /**
   * The partnership's meetings that anyone attended, other than {@code except}, latest first: for
   * "the same people as last time".
   */
  @Query(
      "select m from FollowUpMeeting m where m.partnershipId = :partnershipId and m.id <> :except"
          + " and exists (select a.id from FollowUpAttendee a where a.meetingId = m.id)"
          + " order by m.details.meetingDate desc, m.createdAt desc")
  List<FollowUpMeeting> withAttendees(UUID partnershipId, UUID except, Limit limit);
}
