package uk.missingchildren.response.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a proposed action is not being taken forward. */
public class SetAsideForm {

  @NotBlank(message = "{proposed.error.reasonMissing}")
  @Size(max = ActionForm.MAX_TEXT, message = "{proposed.error.reasonTooLong}")
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
