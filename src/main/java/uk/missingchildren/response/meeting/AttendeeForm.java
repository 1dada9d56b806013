package uk.missingchildren.response.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.missingchildren.response.account.Agency;

/** One attendee of any meeting: name, agency and, optionally, role. */
public class AttendeeForm {

  @NotBlank(message = "{meeting.attendee.error.nameMissing}")
  @Size(max = 100, message = "{meeting.attendee.error.nameTooLong}")
  private String name;

  @NotNull(message = "{meeting.attendee.error.agencyMissing}")
  private Agency agency;

  @Size(max = 100, message = "{meeting.attendee.error.roleTooLong}")
  private String role;

  public static AttendeeForm from(MeetingAttendee attendee) {
    return of(attendee.name(), attendee.agency(), attendee.role());
  }

  public static AttendeeForm of(String name, Agency agency, String role) {
    AttendeeForm form = new AttendeeForm();
    form.name = name;
    form.agency = agency;
    form.role = role;
    return form;
  }

  public String cleanName() {
    return name.strip();
  }

  public String cleanRole() {
    return role == null || role.isBlank() ? null : role.strip();
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
