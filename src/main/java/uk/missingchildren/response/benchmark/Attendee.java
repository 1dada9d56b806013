package uk.missingchildren.response.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.MeetingAttendee;

/** Someone at a benchmarking meeting. */
@Entity
@Table(name = "benchmark_attendee")
public class Attendee extends MeetingAttendee {

  @Column(name = "benchmark_id")
  private UUID benchmarkId;

  protected Attendee() {}

  Attendee(UUID benchmarkId, String name, Agency agency, String role, Instant now) {
    super(name, agency, role, now);
    this.benchmarkId = benchmarkId;
  }

  /** Someone at the meeting, brought back from a partnership's data file under a new id. */
  Attendee(UUID id, UUID benchmarkId, String name, Agency agency, String role, Instant addedAt) {
    super(id, name, agency, role, addedAt);
    this.benchmarkId = benchmarkId;
  }

  public UUID benchmarkId() {
    return benchmarkId;
  }
}
