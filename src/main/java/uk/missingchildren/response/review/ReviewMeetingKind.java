package uk.missingchildren.response.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.AttendeesPage;
import uk.missingchildren.response.meeting.MeetingAttendee;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.meeting.OpenMeeting;
import uk.missingchildren.response.meeting.PastMeeting;
import uk.missingchildren.response.partnership.PartnershipContext;

/** A checklist review meeting, as the shared meeting pages see it. */
@Component
class ReviewMeetingKind implements MeetingKind {

  private final ReviewRecords records;
  private final ReviewAttendees attendees;
  private final Reviews reviews;
  private final ReviewNow now;

  ReviewMeetingKind(
      ReviewRecords records, ReviewAttendees attendees, Reviews reviews, ReviewNow now) {
    this.now = now;
    this.records = records;
    this.attendees = attendees;
    this.reviews = reviews;
  }

  @Override
  public String pathSegment() {
    return "reviews";
  }

  @Override
  public String auditPrefix() {
    return "CHECKLIST_REVIEW";
  }

  @Override
  public OpenMeeting openForChanges(PartnershipContext context, UUID meetingId) {
    Review review = records.review(context, meetingId);
    review.requireInProgress();
    AttendeesPage page =
        new AttendeesPage(
            ReviewPages.path(context.partnershipId(), review.id()),
            "review.caption",
            new Object[] {
              ReviewRecords.theme(records.framework(review), review.themeId()).title(),
              review.round()
            },
            "review.backToOverview",
            "review.attendees.continue");
    return new OpenMeeting(review.id(), ReviewRecords.describe(review), page);
  }

  @Override
  public List<ReviewAttendee> attendees(OpenMeeting meeting) {
    return attendees.findByReviewIdOrderByAddedAtAscIdAsc(meeting.id());
  }

  @Override
  public Optional<ReviewAttendee> attendee(OpenMeeting meeting, UUID attendeeId) {
    return attendees.findByIdAndReviewId(attendeeId, meeting.id());
  }

  @Override
  public MeetingAttendee add(
      OpenMeeting meeting, String name, Agency agency, String role, Instant now) {
    return attendees.save(new ReviewAttendee(meeting.id(), name, agency, role, now));
  }

  @Override
  public void remove(MeetingAttendee attendee) {
    attendees.delete((ReviewAttendee) attendee);
  }

  @Override
  public Optional<PastMeeting> latestWithAttendees(
      PartnershipContext context, UUID exceptMeetingId) {
    return reviews.withAttendees(context.partnershipId(), exceptMeetingId, Limit.of(1)).stream()
        .findFirst()
        .map(
            latest ->
                new PastMeeting(
                    latest.id(),
                    "meeting.kind." + pathSegment(),
                    latest.meetingDate(),
                    latest.createdAt(),
                    attendees.findByReviewIdOrderByAddedAtAscIdAsc(latest.id())));
  }

  @Override
  public MeetingNow now(PartnershipContext context, UUID meetingId, String position) {
    return now.now(context, meetingId, position);
  }

  @Override
  public RuntimeException notFound() {
    return new ReviewNotFoundException();
  }
}
