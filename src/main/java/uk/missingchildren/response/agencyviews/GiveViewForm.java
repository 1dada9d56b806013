package uk.missingchildren.response.agencyviews;

import jakarta.validation.constraints.Size;

/** One person's own answer to one question, and why. */
public class GiveViewForm {

  /** Checked against the meeting's own scale by the page, which words the error for it. */
  private String answer;

  @Size(max = 500, message = "{views.give.error.reasonTooLong}")
  private String reason;

  static GiveViewForm from(GivenView view) {
    GiveViewForm form = new GiveViewForm();
    if (view != null) {
      form.answer = view.answer();
      form.reason = view.reason();
    }
    return form;
  }

  String cleanReason() {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
