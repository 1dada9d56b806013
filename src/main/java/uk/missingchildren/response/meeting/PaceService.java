package uk.missingchildren.response.meeting;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The time a meeting has: set by a member or coordinator while the meeting is in progress, its
 * clock starting when it is first set.
 */
@Service
public class PaceService {

  private final MeetingPaces paces;
  private final Clock clock;

  PaceService(MeetingPaces paces, Clock clock) {
    this.paces = paces;
    this.clock = clock;
  }

  /** The meeting's plan, if one has been set. */
  @Transactional(readOnly = true)
  public Optional<Pace> pace(PartnershipContext context, UUID meetingId) {
    return paces
        .findByMeetingIdAndPartnershipId(meetingId, context.partnershipId())
        .map(pace -> new Pace(pace.plannedMinutes(), pace.minutesUsed(clock.instant())));
  }

  /** Sets how long the meeting has; the first time, its clock starts now. */
  @Transactional
  public void plan(PartnershipContext context, OpenMeeting meeting, int minutes) {
    context.requireEditor();
    paces
        .findByMeetingIdAndPartnershipId(meeting.id(), context.partnershipId())
        .ifPresentOrElse(
            pace -> pace.replan(minutes),
            () ->
                paces.save(
                    new MeetingPace(
                        meeting.id(), context.partnershipId(), minutes, clock.instant())));
  }

  /** Minutes used of those planned, for the presenter view's bar. */
  public record Pace(int plannedMinutes, long minutesUsed) {}
}
