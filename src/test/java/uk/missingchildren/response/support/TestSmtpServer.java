package uk.missingchildren.response.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process SMTP server (GreenMail) for the whole test run. A single instance keeps one
 * application context for every mail test; tests clear it before they start.
 */
public final class TestSmtpServer {

  private static GreenMail server;

  private TestSmtpServer() {}

  public static synchronized GreenMail get() {
    if (server == null) {
      server =
          new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> get().getSmtp().getPort());
  }

  public static void clear() {
    try {
      get().purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The messages to one address received so far, without waiting for more. */
  public static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(get().getReceivedMessages())
        .filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address))
        .toList();
  }

  /** Waits for and returns the messages to one address. */
  public static List<MimeMessage> messagesTo(String address, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> messages = receivedBy(address);
      if (messages.size() >= expected) {
        return messages;
      }
      sleep();
    }
    throw new AssertionError("Expected " + expected + " email(s) to " + address);
  }

  /** The first link to this service's path in a message's plain-text body. */
  public static String linkIn(MimeMessage message, String pathPrefix) {
    String text = plainText(message);
    Matcher matcher =
        Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)")
            .matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("No link to " + pathPrefix + " in: " + text);
    }
    return matcher.group(1);
  }

  /** The decoded plain-text part of a message. */
  public static String plainText(jakarta.mail.Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = plainText(multipart.getBodyPart(i));
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static jakarta.mail.Address[] recipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
