package uk.missingchildren.response.benchmark;

import uk.missingchildren.response.meeting.Draft;

/**
 * The three things recorded for a question, with blanks normalised to null so equal means equal.
 */
public record AnswerDraft(String answer, String notes, String actionsArising) implements Draft {

  public AnswerDraft {
    answer = blankToNull(answer);
    notes = blankToNull(notes);
    actionsArising = blankToNull(actionsArising);
  }

  private static String blankToNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // Browsers send line breaks as CRLF; store one form so a resend of the same text is "no
    // change".
    return text.replace("\r\n", "\n").strip();
  }

  @Override
  public boolean isEmpty() {
    return answer == null && notes == null && actionsArising == null;
  }
}
