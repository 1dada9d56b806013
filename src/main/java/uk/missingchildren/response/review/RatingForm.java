package uk.missingchildren.response.review;

import jakarta.validation.constraints.Size;

/**
 * What one item's form sends. {@code revision} is the saved revision the page was showing (empty if
 * nothing had been saved), so a save from an out-of-date page can be caught.
 */
public class RatingForm {

  @Size(max = 2000, message = "{rating.error.reasonTooLong}")
  private String reason;

  @Size(max = 20_000, message = "{rating.error.evidenceTooLong}")
  private String evidence;

  private String extent;
  private String impact;
  private Integer revision;

  static RatingForm from(ReviewRating saved) {
    RatingForm form = new RatingForm();
    if (saved != null) {
      form.fill(saved.draft());
      form.revision = saved.revision();
    }
    return form;
  }

  void fill(RatingDraft draft) {
    extent = draft.extent();
    impact = draft.impact();
    reason = draft.reason();
    evidence = draft.evidence();
  }

  RatingDraft draft() {
    return new RatingDraft(extent, impact, reason, evidence);
  }

  public String getExtent() {
    return extent;
  }

  public void setExtent(String extent) {
    this.extent = extent;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public Integer getRevision() {
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }
}
