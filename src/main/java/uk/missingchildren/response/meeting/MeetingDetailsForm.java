package uk.missingchildren.response.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.missingchildren.response.shared.forms.DateInput;

/**
 * Meeting date (as the three boxes of the GOV.UK date input), facilitator and note-taker. The date
 * is checked by {@link MeetingDetailsValidator}, which can tell which part is missing or wrong.
 */
public class MeetingDetailsForm {

  private String meetingDay;
  private String meetingMonth;
  private String meetingYear;

  @NotBlank(message = "{meeting.error.facilitatorMissing}")
  @Size(max = 100, message = "{meeting.error.facilitatorTooLong}")
  private String facilitator;

  @NotBlank(message = "{meeting.error.noteTakerMissing}")
  @Size(max = 100, message = "{meeting.error.noteTakerTooLong}")
  private String noteTaker;

  public static MeetingDetailsForm from(MeetingDetails details) {
    MeetingDetailsForm form = new MeetingDetailsForm();
    form.fill(details);
    return form;
  }

  public void fill(MeetingDetails details) {
    meetingDay = String.valueOf(details.meetingDate().getDayOfMonth());
    meetingMonth = String.valueOf(details.meetingDate().getMonthValue());
    meetingYear = String.valueOf(details.meetingDate().getYear());
    facilitator = details.facilitator();
    noteTaker = details.noteTaker();
  }

  /** The date typed, or null when it is incomplete or not a real date. */
  public LocalDate getMeetingDate() {
    return DateInput.date(meetingDay, meetingMonth, meetingYear);
  }

  public MeetingDetails details() {
    return new MeetingDetails(getMeetingDate(), facilitator.strip(), noteTaker.strip());
  }

  public String getMeetingDay() {
    return meetingDay;
  }

  public void setMeetingDay(String meetingDay) {
    this.meetingDay = meetingDay;
  }

  public String getMeetingMonth() {
    return meetingMonth;
  }

  public void setMeetingMonth(String meetingMonth) {
    this.meetingMonth = meetingMonth;
  }

  public String getMeetingYear() {
    return meetingYear;
  }

  public void setMeetingYear(String meetingYear) {
    this.meetingYear = meetingYear;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(String facilitator) {
    this.facilitator = facilitator;
  }

  public String getNoteTaker() {
    return noteTaker;
  }

  public void setNoteTaker(String noteTaker) {
    this.noteTaker = noteTaker;
  }
}
