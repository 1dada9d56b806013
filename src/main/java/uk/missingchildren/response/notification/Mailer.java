package uk.missingchildren.response.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
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
 * configured ({@code SPRING_MAIL_HOST}); without one it stays queued in the outbox.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

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
    }
    outbox.save(message);
    return delivery;
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
          attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    return mime;
  }
}
