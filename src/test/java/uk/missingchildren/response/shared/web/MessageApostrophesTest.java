package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only messages with {0}-style arguments go through MessageFormat, which turns '' into one
 * apostrophe. Anywhere else '' would be shown to people as two.
 */
class MessageApostrophesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

  @Test
  void doubledApostrophes_appearOnlyInMessagesWithArguments() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
          messages.load(in);
        }
        messages.forEach(
            (key, value) -> {
              String text = value.toString();
              if (text.contains("''") && !ARGUMENT.matcher(text).find()) {
                wrong.add(file.getFileName() + ": " + key);
              }
            });
      }
    }
    assertThat(wrong).as("messages without arguments must use a single apostrophe").isEmpty();
  }
}
