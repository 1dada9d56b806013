package uk.missingchildren.response.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Details of a new partnership. */
public class PartnershipForm {

  @NotBlank(message = "{partnership.error.nameMissing}")
  @Size(max = 150, message = "{partnership.error.nameTooLong}")
  private String name;

  @NotBlank(message = "{partnership.error.areasMissing}")
  @Size(max = 500, message = "{partnership.error.areasTooLong}")
  private String localAuthorityAreas;

  @NotBlank(message = "{partnership.error.forceMissing}")
  @Size(max = 150, message = "{partnership.error.forceTooLong}")
  private String policeForceArea;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLocalAuthorityAreas() {
    return localAuthorityAreas;
  }

  public void setLocalAuthorityAreas(String localAuthorityAreas) {
    this.localAuthorityAreas = localAuthorityAreas;
  }

  public String getPoliceForceArea() {
    return policeForceArea;
  }

  public void setPoliceForceArea(String policeForceArea) {
    this.policeForceArea = policeForceArea;
  }
}
