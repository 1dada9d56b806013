package uk.missingchildren.response.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own ChromeDriver (never a downloaded one). Where
 * Chromium is not installed the browser tests are skipped with a loud message, unless {@code
 * -Dbrowser.required=true} (set by CI), which turns its absence into a failure.
 */
public final class Browser {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--window-size=1280,900");

  /**
   * Where the browser saves downloaded files: one folder per test JVM, named by its process id, as
   * the browser tests run in two JVMs at once. (Failsafe's fork number came through empty, so both
   * shared one folder and a test could read the other's download.)
   */
  public static final Path DOWNLOADS =
      Path.of("target", "browser-downloads-" + ProcessHandle.current().pid());

  private Browser() {}

  /** A new headless Chromium, with or without JavaScript. */
  public static WebDriver open(boolean javascript) {
    requireChromium();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    Map<String, Object> prefs = new HashMap<>();
    // Downloads land in one folder, without asking, so a test can check the file arrived.
    prefs.put("download.default_directory", DOWNLOADS.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    if (!javascript) {
      prefs.put("profile.managed_default_content_settings.javascript", 2);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String problem =
        "Chromium or ChromeDriver not found (looked for "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + "). Install them with: sudo apt-get install chromium chromium-driver";
    if (Boolean.getBoolean("browser.required")) {
      fail("Browser tests are required here (-Dbrowser.required=true). " + problem);
    }
    System.err.println();
    System.err.println("*".repeat(100));
    System.err.println("* BROWSER TESTS SKIPPED: " + problem);
    System.err.println(
        "* The accessibility (axe) and keyboard checks did NOT run on this machine.");
    System.err.println("*".repeat(100));
    System.err.println();
    Assumptions.abort("BROWSER TESTS SKIPPED: " + problem);
  }
}
