package uk.missingchildren.response.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Files the test browser has downloaded into {@link Browser#DOWNLOADS}. */
public final class BrowserDownloads {

  private BrowserDownloads() {}

  /** Empties the downloads folder, so the next file to arrive is the one a test asked for. */
  public static void clear() {
    try {
      Files.createDirectories(Browser.DOWNLOADS);
      try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a finished download with this extension and returns it. */
  public static byte[] file(WebDriver driver, String extension) {
    Path file =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(
                d -> {
                  try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
                    return files
                        .filter(f -> f.toString().endsWith(extension))
                        .findFirst()
                        .orElse(null);
                  } catch (IOException e) {
                    return null;
                  }
                });
    try {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes.length).as("size of " + file).isGreaterThan(1000);
      return bytes;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a finished download with this extension and returns its first four bytes as text. */
  public static String firstBytes(WebDriver driver, String extension) {
    return new String(file(driver, extension), 0, 4, StandardCharsets.ISO_8859_1);
  }
}
