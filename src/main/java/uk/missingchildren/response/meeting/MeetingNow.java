package uk.missingchildren.response.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What someone following a meeting on their own device sees: the meeting, how far it has got, and
 * what the presenter view is showing with what the group has agreed on it so far. All of it is
 * words ready to show, so that two moments can be compared to tell followers something changed.
 *
 * @param meeting the meeting, such as "Stage one meeting, 3 December 2026"
 * @param progress how far it has got, such as "12 of 26 questions answered"
 * @param finished whether it is over, so nothing more will change
 * @param shown what the presenter view shows, or null if it has not been used yet
 */
public record MeetingNow(String meeting, String progress, boolean finished, Shown shown) {

  /**
   * @param position where it is, such as "Question 8 of 26: Return home interviews"
   * @param heading the question or action itself, or null when the parts say it all
   * @param hint what the question asks for, or null
   * @param parts what has been agreed, one part per item shown
   */
  public record Shown(String position, String heading, String hint, List<Part> parts) {}

  /**
   * @param heading the item the facts are about, or null when there is only the one shown
   */
  public record Part(String heading, List<Fact> facts) {}

  /** One thing agreed, such as "Agreed answer: Partly". */
  public record Fact(String label, String value) {}

  /**
   * What a screen reader says when this is new: where the meeting is, and the one thing agreed
   * there if only one thing is shown (a question's answer, not its notes as they are typed).
   */
  public String summary() {
    if (shown == null) {
      return progress;
    }
    if (shown.parts().size() == 1 && !shown.parts().get(0).facts().isEmpty()) {
      Fact agreed = shown.parts().get(0).facts().get(0);
      return shown.position() + ". " + agreed.label() + ": " + agreed.value();
    }
    return shown.position();
  }

  /**
   * A short token that changes whenever anything followers see changes: sent to them, it tells
   * their page to fetch itself again. The same on every instance of the service.
   */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
