package uk.missingchildren.response.followup;

import java.util.List;

/**
 * A follow-up meeting's minutes, worded once for the page, the PDF and the Word document: who was
 * there, which actions it reviewed and what it decided about each, and which it did not reach.
 */
public record Minutes(
    String partnershipName,
    String meetingDay,
    String facilitator,
    String noteTaker,
    String scope,
    String status,
    String nextMeeting,
    List<Attendee> attendees,
    List<Reviewed> reviewed,
    List<NotReached> notReached) {

  public record Attendee(String name, String agency, String role) {}

  /**
   * One action the meeting reviewed, as it stands after the meeting, and each decision about it.
   */
  public record Reviewed(
      String actionId,
      String title,
      String area,
      String owner,
      String lead,
      String due,
      String status,
      List<Decision> decisions) {}

  /** One decision: labelled lines, such as "Status: In progress to Completed". */
  public record Decision(List<Line> lines) {}

  public record Line(String label, String text) {}

  public record NotReached(String actionId, String title, String area, String due, String status) {}
}
