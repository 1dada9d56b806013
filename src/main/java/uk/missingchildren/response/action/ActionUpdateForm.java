package uk.missingchildren.response.action;

import jakarta.validation.constraints.Size;
import java.util.Arrays;

/**
 * What is sent when a group reviews an action: a progress update, its status, the impact so far,
 * and its owner, lead and due date (shown as they are, so changing any of them is an amendment that
 * needs a reason). {@code version} is the version of the action the page showed, so that an update
 * made meanwhile by someone else is not silently overwritten. Checked by {@link
 * ActionUpdateValidator}.
 */
public class ActionUpdateForm extends ActionAssignmentForm {

  @Size(max = ActionForm.MAX_TEXT, message = "{action.update.error.progressTooLong}")
  private String progress;

  private String status;

  @Size(max = ActionForm.MAX_TEXT, message = "{action.update.error.impactTooLong}")
  private String impactStatement;

  private String impactRating;

  @Size(max = ActionForm.MAX_TEXT, message = "{action.update.error.reasonTooLong}")
  private String amendReason;

  private long version;

  /** A blank update of the action as it is now. */
  public static ActionUpdateForm of(Action action) {
    ActionUpdateForm form = new ActionUpdateForm();
    form.assign(action);
    form.status = action.status().name();
    form.version = action.version();
    return form;
  }

  ActionStatus statusChosen() {
    return Arrays.stream(ActionStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElse(null);
  }

  ImpactRating impactRatingChosen() {
    return Arrays.stream(ImpactRating.values())
        .filter(r -> r.name().equals(impactRating))
        .findFirst()
        .orElse(null);
  }

  /** The decision to apply; call only once the form has been validated. */
  ActionChange change() {
    ActionOwner owner = ownerChosen();
    return new ActionChange(
        clean(progress),
        statusChosen(),
        clean(impactStatement),
        impactRatingChosen(),
        owner,
        owner == ActionOwner.AGENCY ? agencyChosen() : null,
        getLeadPerson().strip(),
        cleanEmail(getLeadEmail()),
        getDueDate(),
        clean(amendReason));
  }

  private static String clean(String typed) {
    return typed == null || typed.isBlank() ? null : ActionForm.text(typed);
  }

  /** After a clash, the form keeps what was typed but is now based on the action as it is. */
  void rebase(Action action) {
    version = action.version();
  }

  public String getProgress() {
    return progress;
  }

  public void setProgress(String progress) {
    this.progress = progress;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getImpactStatement() {
    return impactStatement;
  }

  public void setImpactStatement(String impactStatement) {
    this.impactStatement = impactStatement;
  }

  public String getImpactRating() {
    return impactRating;
  }

  public void setImpactRating(String impactRating) {
    this.impactRating = impactRating;
  }

  public String getAmendReason() {
    return amendReason;
  }

  public void setAmendReason(String amendReason) {
    this.amendReason = amendReason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
