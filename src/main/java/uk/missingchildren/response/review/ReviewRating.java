package uk.missingchildren.response.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.meeting.Revised;

/**
 * What the group recorded for one checklist item in one review. Its revision goes up with every
 * saved change, so a save from a page showing an older revision is caught, not silently applied.
 */
@Entity
@Table(name = "checklist_item_rating")
public class ReviewRating implements Revised<RatingDraft> {

  @Id private UUID id;

  @Column(name = "review_id")
  private UUID reviewId;

  @Column(name = "item_id")
  private String itemId;

  private String extent;
  private String impact;
  private String reason;
  private String evidence;

  @Version private Integer revision;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  protected ReviewRating() {}

  ReviewRating(UUID reviewId, String itemId) {
    this.id = UUID.randomUUID();
    this.reviewId = reviewId;
    this.itemId = itemId;
  }

  /**
   * A rating brought back from a partnership's data file, under a new id. Its revision is set
   * afterwards, as for a stage-one answer ({@code RestoredRevisions}).
   */
  static ReviewRating restored(
      UUID id, UUID reviewId, String itemId, RatingDraft draft, Instant updatedAt) {
    ReviewRating rating = new ReviewRating(reviewId, itemId);
    rating.id = id;
    rating.extent = draft.extent();
    rating.impact = draft.impact();
    rating.reason = draft.reason();
    rating.evidence = draft.evidence();
    rating.updatedAt = updatedAt;
    return rating;
  }

  @Override
  public void record(RatingDraft draft, UUID by, Instant now) {
    this.extent = draft.extent();
    this.impact = draft.impact();
    this.reason = draft.reason();
    this.evidence = draft.evidence();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  @Override
  public RatingDraft draft() {
    return new RatingDraft(extent, impact, reason, evidence);
  }

  UUID id() {
    return id;
  }

  public UUID reviewId() {
    return reviewId;
  }

  public String itemId() {
    return itemId;
  }

  public String extent() {
    return extent;
  }

  public String impact() {
    return impact;
  }

  public String reason() {
    return reason;
  }

  public String evidence() {
    return evidence;
  }

  @Override
  public Integer revision() {
    return revision;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public UUID updatedBy() {
    return updatedBy;
  }
}
