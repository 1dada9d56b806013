package uk.missingchildren.response.agencyviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.missingchildren.response.account.Agency;

/** An agency's view that differs from the group's answer, to be recorded beside it. */
public class DifferentViewForm {

  @NotNull(message = "{views.different.error.agencyMissing}")
  private Agency differentAgency;

  @NotBlank(message = "{views.different.error.viewMissing}")
  @Size(max = 1000, message = "{views.different.error.viewTooLong}")
  private String differentView;

  public Agency getDifferentAgency() {
    return differentAgency;
  }

  public void setDifferentAgency(Agency differentAgency) {
    this.differentAgency = differentAgency;
  }

  public String getDifferentView() {
    return differentView;
  }

  public void setDifferentView(String differentView) {
    this.differentView = differentView;
  }
}
