package uk.missingchildren.response.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting of an oversight group: when, who ran it, who came, and the minutes. */
@Entity
@Table(name = "oversight_meeting")
public class GroupMeeting {

  @Id private UUID id;

  @Column(name = "group_id")
  private UUID groupId;

  @Column(name = "meeting_date")
  private LocalDate meetingDate;

  private String facilitator;

  @Column(name = "note_taker")
  private String noteTaker;

  private String attendees;
  private String minutes;

  @Column(name = "recorded_by")
  private UUID recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected GroupMeeting() {}

  GroupMeeting(UUID groupId, GroupMeetingRecord record, UUID recordedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.groupId = groupId;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
    change(record, now);
  }

  void change(GroupMeetingRecord record, Instant now) {
    this.meetingDate = record.meetingDate();
    this.facilitator = record.facilitator();
    this.noteTaker = record.noteTaker();
    this.attendees = record.attendees();
    this.minutes = record.minutes();
    this.updatedAt = now;
  }

  /** Whether the meeting already says what {@code record} says (its responses aside). */
  boolean holds(GroupMeetingRecord record) {
    return meetingDate.equals(record.meetingDate())
        && facilitator.equals(record.facilitator())
        && noteTaker.equals(record.noteTaker())
        && attendees.equals(record.attendees())
        && minutes.equals(record.minutes());
  }

  public UUID id() {
    return id;
  }

  public UUID groupId() {
    return groupId;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public String facilitator() {
    return facilitator;
  }

  public String noteTaker() {
    return noteTaker;
  }

  public String attendees() {
    return attendees;
  }

  public String minutes() {
    return minutes;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
