package uk.missingchildren.response.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends email. Each message is first written to the outbox, then sent by SMTP if a server is
 * configured ({@code SPRING_MAIL_HOST}). Without one it stays queued in the outbox and its
 * recipient, subject and links are written to the log, so whoever runs the service can pass them
 * on.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final String RULE = "=".repeat(78);

  private final EmailMessages outbox;
  private final JavaMailSender smtp;
  private final MailProperties properties;
  private final Clock clock;

  Mailer(
      EmailMessages outbox,
      ObjectProvider<JavaMailSender> smtp,
      MailProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.smtp = smtp.getIfAvailable();
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether a real SMTP server is configured. */
  public boolean smtpConfigured() {
    return smtp != null;
  }

  public Delivery send(Email email) {
    EmailMessage message = new EmailMessage(email, clock.instant());
    Delivery delivery = Delivery.QUEUED;
    if (smtp != null) {
      try {
        smtp.send(mime(email));
        message.sent(clock.instant());
        delivery = Delivery.SENT;
      } catch (MailException | MessagingException e) {
        log.warn("Email to {} could not be sent: {}", email.to(), e.getMessage());
        message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        delivery = Delivery.FAILED;
      }
    } else {
      log.info(unsentBlock(email));
    }
    outbox.save(message);
    return delivery;
  }

  /** Recipient, subject and links only: the body may hold a partnership's assessment. */
  static String unsentBlock(Email email) {
    StringBuilder block =
        new StringBuilder("\n")
            .append(RULE)
            .append('\n')
            .append(
                "EMAIL NOT SENT: no mail server is set up (SPRING_MAIL_HOST). Pass it on by hand.\n")
            .append("To:      ")
            .append(oneLine(email.to()))
            .append('\n')
            .append("Subject: ")
            .append(oneLine(email.subject()))
            .append('\n');
    Matcher links = LINK.matcher(email.textBody());
    while (links.find()) {
      block.append("Link:    ").append(links.group()).append('\n');
    }
    return block
        .append("The whole message is in Administration > Email outbox.\n")
        .append(RULE)
        .toString();
  }

  /** A partnership's name in a subject cannot start a line of its own in the log. */
  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
  }

  private MimeMessage mime(Email email) throws MessagingException {
    MimeMessage mime = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(email.to());
    helper.setSubject(email.subject());
    helper.setText(email.textBody(), email.htmlBody());
    for (Email.Attachment attachment : email.attachments()) {
      helper.addAttachment(
          attachment.fileName(),
          new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
    return mime;
  }
}
