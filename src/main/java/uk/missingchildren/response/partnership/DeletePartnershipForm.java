package uk.missingchildren.response.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The partnership's name, typed to confirm that it is the one to delete. */
public class DeletePartnershipForm {

  @NotBlank(message = "{deletePartnership.error.blank}")
  @Size(max = 300, message = "{deletePartnership.error.mismatch}")
  private String confirmation;

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
