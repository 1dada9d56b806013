package uk.missingchildren.response.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many minutes the meeting has. */
public class PaceForm {

  @NotNull(message = "{meeting.pace.error.missing}")
  @Min(value = 10, message = "{meeting.pace.error.range}")
  @Max(value = 480, message = "{meeting.pace.error.range}")
  private Integer minutes;

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
