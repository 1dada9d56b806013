package uk.missingchildren.response.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Where each meeting's presenter view is: the question, checklist section or action the room is
 * looking at, for the members following the meeting on their own devices. Only the presenter view
 * moves it, so someone browsing the meeting's pages on their laptop does not drag the followers
 * along, and the pages nobody presents cost no write.
 */
@Service
public class MeetingPositions {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  MeetingPositions(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records that the page being drawn shows {@code position} of the meeting, if it is drawn in the
   * presenter view by someone who may change the meeting.
   */
  public void presenting(
      HttpServletRequest request, PartnershipContext context, UUID meetingId, String position) {
    if (request.getAttribute(PresenterView.ATTRIBUTE) == null || !context.role().canEdit()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    // Each statement commits on its own, so a presenter racing another to the first row retries as
    // an update instead of failing the page (PostgreSQL would abort a shared transaction).
    if (move(context.partnershipId(), meetingId, position, now) == 0) {
      try {
        jdbc.update(
            "INSERT INTO meeting_position (meeting_id, partnership_id, position, moved_at)"
                + " VALUES (?, ?, ?, ?)",
            meetingId,
            context.partnershipId(),
            position,
            now);
      } catch (DuplicateKeyException anotherPresenterWasFirst) {
        move(context.partnershipId(), meetingId, position, now);
      }
    }
  }

  /** What the meeting's presenter view shows now, if it has been used. */
  public Optional<String> position(UUID partnershipId, UUID meetingId) {
    return jdbc
        .queryForList(
            "SELECT position FROM meeting_position WHERE meeting_id = ? AND partnership_id = ?",
            String.class,
            meetingId,
            partnershipId)
        .stream()
        .findFirst();
  }

  private int move(UUID partnershipId, UUID meetingId, String position, Timestamp now) {
    return jdbc.update(
        "UPDATE meeting_position SET position = ?, moved_at = ?"
            + " WHERE meeting_id = ? AND partnership_id = ?",
        position,
        now,
        meetingId,
        partnershipId);
  }
}
