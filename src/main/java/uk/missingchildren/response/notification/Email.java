package uk.missingchildren.response.notification;

import java.util.List;

/**
 * A message to one person, with plain-text and HTML bodies and optional attachments.
 *
 * @param privateContent true when the message carries a partnership's assessment (a report, a
 *     reminder about its actions): the site administrator sees only when and to whom it went
 */
public record Email(
    String to, String subject, String textBody, String htmlBody, List<Attachment> attachments,
    boolean privateContent) {

  public Email(String to, String subject, String textBody, String htmlBody) {
    this(to, subject, textBody, htmlBody, List.of(), false);
  }

  /** The same message, marked as carrying a partnership's assessment, with these attachments. */
  public Email withPartnershipContent(List<Attachment> files) {
    return new Email(to, subject, textBody, htmlBody, List.copyOf(files), true);
  }

  /** A file sent with the message, such as a report as PDF. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
