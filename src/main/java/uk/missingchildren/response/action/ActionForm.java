package uk.missingchildren.response.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What is sent from the "set an action" page: what will be done, and by whom and when. */
public class ActionForm extends ActionAssignmentForm {

  static final int MAX_TEXT = 20_000;

  @NotBlank(message = "{action.error.titleMissing}")
  @Size(max = 200, message = "{action.error.titleTooLong}")
  private String title;

  @NotBlank(message = "{action.error.descriptionMissing}")
  @Size(max = MAX_TEXT, message = "{action.error.descriptionTooLong}")
  private String description;

  @NotBlank(message = "{action.error.successMeasureMissing}")
  @Size(max = MAX_TEXT, message = "{action.error.successMeasureTooLong}")
  private String successMeasure;

  /** A form that starts from what a stage-one meeting wrote down as its actions arising. */
  static ActionForm describing(String actionsArising) {
    ActionForm form = new ActionForm();
    form.description = actionsArising;
    return form;
  }

  /** The action to create; call only once the form has been validated. */
  NewAction newAction(
      String themeId, ActionSource source, String sourceId, UUID reviewId, UUID benchmarkId) {
    ActionOwner chosen = ownerChosen();
    return new NewAction(
        themeId,
        source,
        sourceId,
        reviewId,
        benchmarkId,
        title.strip(),
        text(description),
        chosen,
        chosen == ActionOwner.AGENCY ? agencyChosen() : null,
        getLeadPerson().strip(),
        cleanEmail(getLeadEmail()),
        getDueDate(),
        text(successMeasure));
  }

  static String text(String typed) {
    return typed.replace("\r\n", "\n").strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSuccessMeasure() {
    return successMeasure;
  }

  public void setSuccessMeasure(String successMeasure) {
    this.successMeasure = successMeasure;
  }
}
