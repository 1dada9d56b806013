package uk.missingchildren.response.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A reminder that was sent about an action. Written only by {@link ActionReminders#claim}, which is
 * what makes each event go out once; never changed afterwards.
 */
@Entity
@Table(name = "action_reminder")
public class ActionReminder {

  /** How the addresses are joined in the {@code recipients} column. */
  static final String SEPARATOR = ", ";

  @Id private UUID id;

  @Column(name = "action_id")
  private UUID actionId;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Enumerated(EnumType.STRING)
  private ReminderKind kind;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "action_title")
  private String actionTitle;

  @Column(name = "sent_at")
  private Instant sentAt;

  private String recipients;

  protected ActionReminder() {}

  public UUID id() {
    return id;
  }

  public UUID actionId() {
    return actionId;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public ReminderKind kind() {
    return kind;
  }

  /** The due date the reminder was about (an action's due date can change later). */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** The action's title when the reminder was sent. */
  public String actionTitle() {
    return actionTitle;
  }

  public Instant sentAt() {
    return sentAt;
  }

  /** The email addresses it was sent to. */
  public List<String> recipients() {
    return List.of(recipients.split(SEPARATOR));
  }
}
