package uk.missingchildren.response.meeting;

import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The people chosen from the partnership's list to add to a meeting. */
public class ChooseAttendeesForm {

  @NotEmpty(message = "{meeting.attendees.choose.error.none}")
  private List<UUID> people = new ArrayList<>();

  public List<UUID> getPeople() {
    return people;
  }

  public void setPeople(List<UUID> people) {
    this.people = people == null ? new ArrayList<>() : people;
  }
}
