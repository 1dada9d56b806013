package uk.missingchildren.response.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingDetails;

/**
 * One round of a partnership's review of one thematic checklist, answered against one framework
 * version. Ratings change only while it is in progress, and it is completed only once every item
 * has been rated.
 */
@Entity
@Table(name = "checklist_review")
public class Review {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "framework_version")
  private String frameworkVersion;

  @Column(name = "theme_id")
  private String themeId;

  @Column(name = "round_number")
  private int round;

  @Embedded private MeetingDetails details;

  @Enumerated(EnumType.STRING)
  private ReviewStatus status;

  @Column(name = "started_from")
  private UUID startedFrom;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by")
  private UUID completedBy;

  @Version private long version;

  protected Review() {}

  Review(
      UUID partnershipId,
      String frameworkVersion,
      String themeId,
      int round,
      MeetingDetails details,
      UUID startedFrom,
      UUID createdBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.frameworkVersion = frameworkVersion;
    this.themeId = themeId;
    this.round = round;
    this.status = ReviewStatus.IN_PROGRESS;
    this.startedFrom = startedFrom;
    this.createdBy = createdBy;
    this.createdAt = now;
    change(details);
  }

  /**
   * A round brought back from a partnership's data file: a new id, the new partnership, and
   * otherwise as it was recorded. Who started or completed it is not in the file, so is not set.
   */
  static Review restored(
      UUID id,
      UUID partnershipId,
      String frameworkVersion,
      String themeId,
      int round,
      MeetingDetails details,
      ReviewStatus status,
      UUID startedFrom,
      Instant createdAt,
      Instant completedAt) {
    Review review = new Review();
    review.id = id;
    review.partnershipId = partnershipId;
    review.frameworkVersion = frameworkVersion;
    review.themeId = themeId;
    review.round = round;
    review.details = details;
    review.status = status;
    review.startedFrom = startedFrom;
    review.createdAt = createdAt;
    review.completedAt = completedAt;
    return review;
  }

  void change(MeetingDetails details) {
    requireInProgress();
    this.details = details;
  }

  public MeetingDetails details() {
    return details;
  }

  void requireInProgress() {
    if (status != ReviewStatus.IN_PROGRESS) {
      throw new ReviewCompletedException(partnershipId, id);
    }
  }

  /**
   * @param unrated the ids of items still without a rating, in checklist order
   */
  void complete(List<String> unrated, UUID by, Instant now) {
    requireInProgress();
    if (!unrated.isEmpty()) {
      throw new ReviewIncompleteException(unrated);
    }
    this.status = ReviewStatus.COMPLETED;
    this.completedAt = now;
    this.completedBy = by;
  }

  public boolean completed() {
    return status == ReviewStatus.COMPLETED;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String frameworkVersion() {
    return frameworkVersion;
  }

  public String themeId() {
    return themeId;
  }

  public int round() {
    return round;
  }

  public LocalDate meetingDate() {
    return details.meetingDate();
  }

  public String facilitator() {
    return details.facilitator();
  }

  public String noteTaker() {
    return details.noteTaker();
  }

  public ReviewStatus status() {
    return status;
  }

  public UUID startedFrom() {
    return startedFrom;
  }

  /** Who started it: the meeting's facilitator, as far as the service knows. */
  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
