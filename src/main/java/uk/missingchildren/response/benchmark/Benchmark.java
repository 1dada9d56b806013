package uk.missingchildren.response.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.missingchildren.response.meeting.MeetingDetails;

/**
 * One stage-one benchmarking meeting of a partnership, answered against one framework version. It
 * guards its own life: answers change only while it is in progress, it is submitted only when every
 * question has an answer, and once it has been submitted every later change is audited.
 */
@Entity
@Table(name = "benchmark")
public class Benchmark {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "framework_version")
  private String frameworkVersion;

  @Embedded private MeetingDetails details;

  @Enumerated(EnumType.STRING)
  private BenchmarkStatus status;

  @Column(name = "started_from")
  private UUID startedFrom;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private UUID submittedBy;

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Version private long version;

  protected Benchmark() {}

  Benchmark(
      UUID partnershipId,
      String frameworkVersion,
      MeetingDetails details,
      UUID startedFrom,
      UUID createdBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.frameworkVersion = frameworkVersion;
    this.status = BenchmarkStatus.IN_PROGRESS;
    this.startedFrom = startedFrom;
    this.createdBy = createdBy;
    this.createdAt = now;
    change(details);
  }

  /**
   * A benchmark brought back from a partnership's data file: a new id, the new partnership, and
   * otherwise as it was recorded. Who started or submitted it is not in the file, so is not set.
   */
  static Benchmark restored(
      UUID id,
      UUID partnershipId,
      String frameworkVersion,
      MeetingDetails details,
      BenchmarkStatus status,
      UUID startedFrom,
      Instant createdAt,
      Instant submittedAt,
      Instant firstSubmittedAt) {
    Benchmark benchmark = new Benchmark();
    benchmark.id = id;
    benchmark.partnershipId = partnershipId;
    benchmark.frameworkVersion = frameworkVersion;
    benchmark.status = status;
    benchmark.startedFrom = startedFrom;
    benchmark.createdAt = createdAt;
    benchmark.submittedAt = submittedAt;
    benchmark.firstSubmittedAt = firstSubmittedAt;
    benchmark.change(details);
    return benchmark;
  }

  void change(MeetingDetails details) {
    this.details = details;
  }

  /** Throws unless answers, attendees and details may still change. */
  void requireInProgress() {
    if (status != BenchmarkStatus.IN_PROGRESS) {
      throw new BenchmarkSubmittedException(partnershipId, id);
    }
  }

  /**
   * @param unanswered the ids of questions without an answer, in the order they are asked
   */
  void submit(List<String> unanswered, UUID by, Instant now) {
    requireInProgress();
    if (!unanswered.isEmpty()) {
      throw new BenchmarkIncompleteException(unanswered);
    }
    this.status = BenchmarkStatus.SUBMITTED;
    this.submittedAt = now;
    this.submittedBy = by;
    if (firstSubmittedAt == null) {
      this.firstSubmittedAt = now;
    }
  }

  void reopen() {
    if (status != BenchmarkStatus.SUBMITTED) {
      throw new IllegalStateException("Only a submitted benchmark can be reopened");
    }
    this.status = BenchmarkStatus.IN_PROGRESS;
  }

  /** Whether changes are audited one by one: true once it has ever been submitted. */
  public boolean changesAreAudited() {
    return firstSubmittedAt != null;
  }

  public boolean submitted() {
    return status == BenchmarkStatus.SUBMITTED;
  }

  public MeetingDetails details() {
    return details;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String frameworkVersion() {
    return frameworkVersion;
  }

  public LocalDate meetingDate() {
    return details.meetingDate();
  }

  public String facilitator() {
    return details.facilitator();
  }

  public String noteTaker() {
    return details.noteTaker();
  }

  public BenchmarkStatus status() {
    return status;
  }

  public UUID startedFrom() {
    return startedFrom;
  }

  /** Who started it: the meeting's facilitator, as far as the service knows. */
  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant firstSubmittedAt() {
    return firstSubmittedAt;
  }
}
