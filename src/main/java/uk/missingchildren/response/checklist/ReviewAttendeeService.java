package uk.missingchildren.response.checklist;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.benchmark.AttendeeForm;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Who is at a checklist review meeting; people can be added and corrected until it is completed. */
@Service
public class ReviewAttendeeService {

  private final ReviewAttendees attendees;
  private final ReviewRecords records;
  private final AuditLog audit;
  private final Clock clock;

  ReviewAttendeeService(ReviewAttendees attendees, ReviewRecords records, AuditLog audit, Clock clock) {
    this.attendees = attendees;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ReviewAttendee> attendees(PartnershipContext context, UUID reviewId) {
    return attendees.findByReviewIdOrderByAddedAtAscIdAsc(records.review(context, reviewId).id());
  }

  @Transactional(readOnly = true)
  public ReviewAttendee attendee(PartnershipContext context, UUID reviewId, UUID attendeeId) {
    return find(records.review(context, reviewId), attendeeId);
  }

  @Transactional
  public ReviewAttendee add(PartnershipContext context, UUID reviewId, AttendeeForm form) {
    context.requireEditor();
    ChecklistReview review = records.review(context, reviewId);
    review.requireInProgress();
    ReviewAttendee attendee = attendees.save(
        new ReviewAttendee(review.id(), form.cleanName(), form.getAgency(), form.cleanRole(), clock.instant()));
    record(context, "CHECKLIST_REVIEW_ATTENDEE_ADDED", review, attendee.describe());
    return attendee;
  }

  @Transactional
  public void change(PartnershipContext context, UUID reviewId, UUID attendeeId, AttendeeForm form) {
    context.requireEditor();
    ChecklistReview review = records.review(context, reviewId);
    review.requireInProgress();
    ReviewAttendee attendee = find(review, attendeeId);
    String before = attendee.describe();
    attendee.change(form.cleanName(), form.getAgency(), form.cleanRole());
    record(context, "CHECKLIST_REVIEW_ATTENDEE_CHANGED", review, before + " -> " + attendee.describe());
  }

  /** Removes an attendee and returns their name; empty if already removed (a second press). */
  @Transactional
  public Optional<String> remove(PartnershipContext context, UUID reviewId, UUID attendeeId) {
    context.requireEditor();
    ChecklistReview review = records.review(context, reviewId);
    review.requireInProgress();
    return attendees.findByIdAndReviewId(attendeeId, review.id()).map(attendee -> {
      attendees.delete(attendee);
      record(context, "CHECKLIST_REVIEW_ATTENDEE_REMOVED", review, attendee.describe());
      return attendee.name();
    });
  }

  private ReviewAttendee find(ChecklistReview review, UUID attendeeId) {
    if (attendeeId == null) {
      throw new ReviewNotFoundException();
    }
    return attendees.findByIdAndReviewId(attendeeId, review.id()).orElseThrow(ReviewNotFoundException::new);
  }

  private void record(PartnershipContext context, String action, ChecklistReview review, String details) {
    audit.record(ReviewRecords.actor(context), context.partnershipId(), action, ReviewRecords.describe(review), details);
  }
}
