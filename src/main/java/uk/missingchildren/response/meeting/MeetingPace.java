package uk.missingchildren.response.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * How long a meeting has, as its facilitator planned it, and when its clock started: the presenter
 * view shows the minutes used against the plan, and nothing more (no alarms, no colours).
 */
@Entity
@Table(name = "meeting_pace")
public class MeetingPace {

  @Id private UUID meetingId;

  private UUID partnershipId;

  private int plannedMinutes;

  private Instant startedAt;

  @Version private long version;

  protected MeetingPace() {}

  MeetingPace(UUID meetingId, UUID partnershipId, int plannedMinutes, Instant startedAt) {
    this.meetingId = meetingId;
    this.partnershipId = partnershipId;
    this.plannedMinutes = plannedMinutes;
    this.startedAt = startedAt;
  }

  /** A new plan keeps the clock running from when it started. */
  void replan(int minutes) {
    this.plannedMinutes = minutes;
  }

  public int plannedMinutes() {
    return plannedMinutes;
  }

  /** Whole minutes since the clock started, never less than 0. */
  public long minutesUsed(Instant now) {
    return Math.max(0, Duration.between(startedAt, now).toMinutes());
  }
}
