package uk.missingchildren.response.action;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The existing action that already covers a proposed action. */
public class MergeForm {

  @NotNull(message = "{proposed.error.actionMissing}")
  private UUID actionId;

  public UUID getActionId() {
    return actionId;
  }

  public void setActionId(UUID actionId) {
    this.actionId = actionId;
  }
}
