package uk.missingchildren.response.notification;

import java.util.List;

/** A message to one person, with plain-text and HTML bodies and optional attachments. */
public record Email(
    String to, String subject, String textBody, String htmlBody, List<Attachment> attachments) {

  public Email(String to, String subject, String textBody, String htmlBody) {
    this(to, subject, textBody, htmlBody, List.of());
  }

  /** A file sent with the message, such as a report as PDF. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
