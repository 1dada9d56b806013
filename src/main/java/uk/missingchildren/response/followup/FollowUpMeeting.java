package uk.missingchildren.response.followup;

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
import java.util.UUID;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.meeting.MeetingDetails;

/** A meeting that reviews the partnership's open actions, and the scope of actions it reviews. */
@Entity
@Table(name = "follow_up_meeting")
public class FollowUpMeeting {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Embedded private MeetingDetails details;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_kind")
  private FollowUpScope scope;

  @Column(name = "scope_value")
  private String scopeValue;

  @Column(name = "next_meeting_date")
  private LocalDate nextMeetingDate;

  @Enumerated(EnumType.STRING)
  private FollowUpStatus status;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected FollowUpMeeting() {}

  FollowUpMeeting(
      UUID partnershipId,
      MeetingDetails details,
      FollowUpScope scope,
      String scopeValue,
      UUID createdBy,
      Instant now) {
    if (!scopeFits(scope, scopeValue)) {
      throw new IllegalArgumentException("An area or agency scope names one; the others do not");
    }
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.scope = scope;
    this.scopeValue = scopeValue;
    this.status = FollowUpStatus.IN_PROGRESS;
    this.createdBy = createdBy;
    this.createdAt = now;
    change(details);
  }

  /** An area or agency scope names one; the others do not. */
  static boolean scopeFits(FollowUpScope scope, String scopeValue) {
    return (scope == FollowUpScope.AREA || scope == FollowUpScope.AGENCY) == (scopeValue != null);
  }

  /**
   * A meeting brought back from a partnership's data file: a new id, the new partnership, and
   * otherwise as it was recorded. Who started it is not in the file, so is not set.
   */
  static FollowUpMeeting restored(
      UUID id,
      UUID partnershipId,
      MeetingDetails details,
      FollowUpScope scope,
      String scopeValue,
      FollowUpStatus status,
      LocalDate nextMeetingDate,
      Instant createdAt,
      Instant completedAt) {
    if (!scopeFits(scope, scopeValue)) {
      throw new IllegalArgumentException("An area or agency scope names one; the others do not");
    }
    FollowUpMeeting meeting = new FollowUpMeeting();
    meeting.id = id;
    meeting.partnershipId = partnershipId;
    meeting.scope = scope;
    meeting.scopeValue = scopeValue;
    meeting.status = status;
    meeting.nextMeetingDate = nextMeetingDate;
    meeting.createdAt = createdAt;
    meeting.completedAt = completedAt;
    meeting.change(details);
    return meeting;
  }

  void change(MeetingDetails details) {
    this.details = details;
  }

  /** Whether the meeting is to review this action: it is open and within the meeting's scope. */
  boolean reviews(Action action) {
    if (!action.status().open()) {
      return false;
    }
    return switch (scope) {
      case ALL_OPEN -> true;
      case DUE_OR_OVERDUE ->
          !action.dueDate().isAfter(details.meetingDate().plusDays(FollowUpScope.DUE_WITHIN_DAYS));
      case AREA -> action.themeId().equals(scopeValue);
      case AGENCY ->
          action.owner() == ActionOwner.AGENCY && action.agency().name().equals(scopeValue);
    };
  }

  void requireInProgress() {
    if (completed()) {
      throw new FollowUpFinishedException(partnershipId, id);
    }
  }

  void finish(LocalDate nextMeeting, Instant now) {
    requireInProgress();
    this.nextMeetingDate = nextMeeting;
    this.status = FollowUpStatus.COMPLETED;
    this.completedAt = now;
  }

  public boolean completed() {
    return status == FollowUpStatus.COMPLETED;
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

  public LocalDate meetingDate() {
    return details.meetingDate();
  }

  public String facilitator() {
    return details.facilitator();
  }

  public String noteTaker() {
    return details.noteTaker();
  }

  public FollowUpScope scope() {
    return scope;
  }

  public String scopeValue() {
    return scopeValue;
  }

  public LocalDate nextMeetingDate() {
    return nextMeetingDate;
  }

  public FollowUpStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
