package uk.missingchildren.response.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.missingchildren.response.notification.EmailMessage;
import uk.missingchildren.response.notification.EmailMessages;

/**
 * Reads the outbox, where every email waits when no SMTP server is configured (as in the shared
 * test context), and finds the links people would follow from their inbox.
 */
public final class Outbox {

  private Outbox() {}

  /** The path of the link to {@code pathPrefix} in the newest email to {@code recipient}. */
  public static String newestLink(EmailMessages outbox, String recipient, String pathPrefix) {
    List<EmailMessage> messages = outbox.findByRecipientOrderByCreatedAtDesc(recipient);
    assertThat(messages).as("emails to " + recipient + " in the outbox").isNotEmpty();
    EmailMessage newest = messages.get(0);
    assertThat(newest.status())
        .as("without SMTP the email waits in the outbox")
        .isEqualTo(EmailMessage.Status.QUEUED);
    return linkIn(newest.textBody(), pathPrefix);
  }

  /**
   * The path (without scheme and host) of the first link to {@code pathPrefix} in a plain-text
   * body.
   */
  public static String linkIn(String text, String pathPrefix) {
    Matcher matcher =
        Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "\\S+)").matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("No link to " + pathPrefix + " in: " + text);
    }
    return matcher.group(1);
  }
}
