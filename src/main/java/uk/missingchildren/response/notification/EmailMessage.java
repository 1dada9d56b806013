package uk.missingchildren.response.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email, as recorded in the outbox. */
@Entity
@Table(name = "email_message")
public class EmailMessage {

  /** What happened to a message. */
  public enum Status {
    /** No SMTP server is configured: the message waits in the outbox. */
    QUEUED,
    SENT,
    FAILED
  }

  @Id private UUID id;
  private String recipient;
  private String subject;

  @Column(name = "text_body")
  private String textBody;

  @Column(name = "html_body")
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String failure;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "attachment_names")
  private String attachmentNames;

  @Column(name = "private_content")
  private boolean privateContent;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  protected EmailMessage() {}

  EmailMessage(Email email, Instant now) {
    this.id = UUID.randomUUID();
    this.recipient = email.to();
    this.subject = email.subject();
    this.textBody = email.textBody();
    this.htmlBody = email.htmlBody();
    this.status = Status.QUEUED;
    this.privateContent = email.privateContent();
    this.partnershipId = email.partnershipId();
    this.createdAt = now;
    this.attachmentNames =
        email.attachments().isEmpty()
            ? null
            : truncate(
                String.join(
                    ", ", email.attachments().stream().map(Email.Attachment::fileName).toList()));
  }

  private static String truncate(String text) {
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  void sent(Instant when) {
    this.status = Status.SENT;
    this.sentAt = when;
  }

  void failed(String reason) {
    this.status = Status.FAILED;
    this.failure = truncate(reason);
  }

  public UUID id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  /** The file names of any attachments, comma-separated, or null. */
  public String attachmentNames() {
    return attachmentNames;
  }

  /**
   * Whether the site administrator may read the message itself: only an account email (a
   * confirmation or reset link, say) that is waiting because no mail server is set up, since the
   * outbox is then the only way to pass it on. A message that went out by SMTP needs no reading,
   * and one carrying a partnership's assessment is never the administrator's to read.
   */
  public boolean bodyVisibleToAdministrator() {
    return !privateContent && status == Status.QUEUED;
  }

  public boolean privateContent() {
    return privateContent;
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public Status status() {
    return status;
  }

  public String failure() {
    return failure;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
