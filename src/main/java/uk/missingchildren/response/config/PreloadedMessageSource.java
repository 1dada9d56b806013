package uk.missingchildren.response.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message of the service, read once at start-up into memory. Spring's resource bundle source
 * shares one {@link MessageFormat} per message between all threads and formats under its lock, so a
 * page full of messages with arguments made every request queue behind every other; here each
 * thread keeps its own formats. There is one language (the messages files have no locale variants),
 * so the locale only shapes how numbers and dates in arguments are written. The first basename that
 * has a code wins, as with Spring's own.
 */
final class PreloadedMessageSource extends AbstractMessageSource {

  private final Map<String, String> messages;
  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  PreloadedMessageSource(String... basenames) {
    Map<String, String> all = new HashMap<>();
    for (String basename : basenames) {
      ClassPathResource file = new ClassPathResource(basename.strip() + ".properties");
      if (!file.exists()) {
        throw new IllegalStateException("No messages file " + file.getPath());
      }
      Properties properties = new Properties();
      try (InputStream in = file.getInputStream()) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      properties
          .stringPropertyNames()
          .forEach(code -> all.putIfAbsent(code, properties.getProperty(code)));
    }
    this.messages = Map.copyOf(all);
  }

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    return messages.get(code);
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    String message = messages.get(code);
    if (message == null) {
      return null;
    }
    return formats
        .get()
        .computeIfAbsent(code + '\u0000' + locale, key -> createMessageFormat(message, locale));
  }
}
