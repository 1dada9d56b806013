package uk.missingchildren.response.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's name, agency and job title. */
public class DetailsForm {

  @NotBlank(message = "{registration.error.nameMissing}")
  @Size(max = 100, message = "{registration.error.nameTooLong}")
  private String displayName;

  private Agency agency;

  @Size(max = 100, message = "{details.error.jobTitleTooLong}")
  private String jobTitle;

  static DetailsForm of(Account account) {
    DetailsForm form = new DetailsForm();
    form.displayName = account.displayName();
    form.agency = account.agency();
    form.jobTitle = account.jobTitle();
    return form;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Agency getAgency() {
    return agency;
  }

  public void setAgency(Agency agency) {
    this.agency = agency;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }
}
