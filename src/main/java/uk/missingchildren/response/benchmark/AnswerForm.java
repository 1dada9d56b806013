package uk.missingchildren.response.benchmark;

import jakarta.validation.constraints.Size;

/**
 * What is sent from a question page. {@code revision} is the saved revision the page was showing
 * (empty if nothing had been saved), so a save from an out-of-date page can be caught.
 */
public class AnswerForm {

  static final int MAX_TEXT = 20_000;

  private String answer;

  @Size(max = MAX_TEXT, message = "{answer.error.notesTooLong}")
  private String notes;

  @Size(max = MAX_TEXT, message = "{answer.error.actionsTooLong}")
  private String actionsArising;

  private Integer revision;

  static AnswerForm from(Answer saved) {
    AnswerForm form = new AnswerForm();
    if (saved != null) {
      form.fill(saved.draft());
      form.revision = saved.revision();
    }
    return form;
  }

  void fill(AnswerDraft draft) {
    answer = draft.answer();
    notes = draft.notes();
    actionsArising = draft.actionsArising();
  }

  AnswerDraft draft() {
    return new AnswerDraft(answer, notes, actionsArising);
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getActionsArising() {
    return actionsArising;
  }

  public void setActionsArising(String actionsArising) {
    this.actionsArising = actionsArising;
  }

  public Integer getRevision() {
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }
}
