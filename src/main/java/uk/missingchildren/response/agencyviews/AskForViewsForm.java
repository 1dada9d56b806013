package uk.missingchildren.response.agencyviews;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Asking for views: by when, and whether the room will see names or only agencies. */
public class AskForViewsForm extends DueDateForm {

  @NotNull(message = "{views.error.shownMissing}")
  @Pattern(regexp = "names|agencies", message = "{views.error.shownMissing}")
  private String shown;

  boolean namesShown() {
    return "names".equals(shown);
  }

  public String getShown() {
    return shown;
  }

  public void setShown(String shown) {
    this.shown = shown;
  }
}
