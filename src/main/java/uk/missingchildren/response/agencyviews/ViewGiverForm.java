package uk.missingchildren.response.agencyviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.EmailAddresses;

/** Someone to ask for their view: name, the agency they answer for and, optionally, an email. */
public class ViewGiverForm {

  @NotBlank(message = "{views.person.error.nameMissing}")
  @Size(max = 100, message = "{views.person.error.nameTooLong}")
  private String name;

  @NotNull(message = "{views.person.error.agencyMissing}")
  private Agency agency;

  @Size(max = EmailAddresses.MAXIMUM_LENGTH, message = "{email.error.tooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{email.error.format}")
  private String email;

  String cleanName() {
    return name.strip();
  }

  /** The address to send the link to, or null to show the link for copying only. */
  String cleanEmail() {
    return email == null || email.isBlank() ? null : email.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Agency getAgency() {
    return agency;
  }

  public void setAgency(Agency agency) {
    this.agency = agency;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.strip();
  }
}
