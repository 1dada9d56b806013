package uk.missingchildren.response.notification;

import java.util.List;
import java.util.UUID;

/**
 * A message to one person, with plain-text and HTML bodies and optional attachments.
 *
 * @param privateContent true when the message carries a partnership's assessment (a report, a
 *     reminder about its actions): the site administrator sees only when and to whom it went
 * @param partnershipId the partnership the message is about, or null: its copy in the outbox is
 *     deleted with the partnership
 */
public record Email(
    String to,
    String subject,
    String textBody,
    String htmlBody,
    List<Attachment> attachments,
    boolean privateContent,
    UUID partnershipId) {

  public Email(String to, String subject, String textBody, String htmlBody) {
    this(to, subject, textBody, htmlBody, List.of(), false, null);
  }

  /** The same message, marked as carrying this partnership's assessment, with these attachments. */
  public Email withPartnershipContent(UUID partnership, List<Attachment> files) {
    return new Email(to, subject, textBody, htmlBody, List.copyOf(files), true, partnership);
  }

  /** The same message, marked as being about this partnership (such as an invitation to it). */
  public Email about(UUID partnership) {
    return new Email(to, subject, textBody, htmlBody, attachments, privateContent, partnership);
  }

  /** A file sent with the message, such as a report as PDF. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
