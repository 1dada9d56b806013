package uk.missingchildren.response.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core in the page and reports WCAG 2.2 AA violations in a readable form. */
public final class Axe {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  private Axe() {}

  /**
   * Every WCAG 2.2 A and AA violation on the current page, and axe's best-practice findings
   * (landmarks, heading order), one line each; empty when there are none. In Low Vision Mode the
   * same run also checks text contrast of at least 7:1 (WCAG AAA 1.4.6), which that mode promises
   * to meet. Each scan is one run of axe asked only for violations: collecting every passing
   * element too took about half of a scan's time. Scans 1.42 s on average in the full suite with
   * frames testing on, 0.66 s with it off.
   */
  public static List<String> scanAndLog(WebDriver driver, String page, String mode) {
    // One axe.run in the page itself (legacy mode, no frames): the same rules on the same document
    // as the default, which runs each frame apart and then opens a blank window to merge the
    // results, at half the cost of a scan. Sound only while pages have no frames.
    if (!driver.findElements(org.openqa.selenium.By.tagName("iframe")).isEmpty()) {
      throw new IllegalStateException(
          page + " has a frame: scan it with frames (drop setLegacyMode and disableIframeTesting)");
    }
    long started = System.nanoTime();
    List<String> violations =
        describe(
            new AxeBuilder()
                .withOptions(options("low-vision".equals(mode)))
                .disableIframeTesting()
                .setLegacyMode(true)
                .analyze(driver));
    System.out.printf(
        "axe WCAG 2.2 AA: %-45s %-10s %d violations (%d ms)%n",
        page, mode, violations.size(), (System.nanoTime() - started) / 1_000_000);
    return violations;
  }

  private static AxeRunOptions options(boolean enhancedContrast) {
    AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
    tags.setType("tag");
    tags.setValues(WCAG_22_AA);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(tags);
    if (enhancedContrast) {
      // A rule switched on by name runs beside the tags' rules (axe-core's ruleShouldRun).
      AxeRuleOptions on = new AxeRuleOptions();
      on.setEnabled(true);
      options.setRules(Map.of("color-contrast-enhanced", on));
    }
    options.setResultTypes(List.of("violations"));
    return options;
  }

  /**
   * axe needs JavaScript, so a page drawn by a browser without it is scanned in a second browser
   * that has it: the page as drawn, its own scripts removed, written into a page of the same site
   * so its stylesheets load exactly as they did.
   */
  public static List<String> scanAsDrawnWithoutJavaScript(
      WebDriver drawnBy, WebDriver scanner, String sameSiteUrl, String page, String mode) {
    String html = drawnBy.getPageSource().replaceAll("(?is)<script\\b.*?</script>", "");
    if (!sameSiteUrl.equals(scanner.getCurrentUrl())) {
      // Once: each page is then written over the last, on the same site.
      scanner.get(sameSiteUrl);
    }
    ((org.openqa.selenium.JavascriptExecutor) scanner)
        .executeScript("document.open(); document.write(arguments[0]); document.close();", html);
    new org.openqa.selenium.support.ui.WebDriverWait(scanner, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && [...document.styleSheets].length > 0")));
    switchDisplayModeOnThePage(scanner, mode);
    return scanAndLog(scanner, page + " (no JavaScript)", mode);
  }

  /**
   * Draws the page in a display mode by its class alone, as the server would apart from the words
   * of the display mode switch (see {@code JourneyBrowserTest}).
   */
  public static void switchDisplayModeOnThePage(WebDriver driver, String mode) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.documentElement.classList.toggle('app-low-vision', arguments[0]);",
            "low-vision".equals(mode));
  }

  private static List<String> describe(Results results) {
    if (results.isErrored()) {
      throw new IllegalStateException("axe could not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .map(
            rule -> {
              rule.setNodes(
                  rule.getNodes().stream()
                      .filter(node -> !isGovukConditionalRevealRadio(rule, node))
                      .toList());
              return rule;
            })
        .filter(rule -> !rule.getNodes().isEmpty())
        .map(Axe::describe)
        .toList();
  }

  /**
   * GOV.UK Frontend puts aria-expanded on a radio that reveals more questions (a "conditional
   * reveal"), on purpose, because screen readers announce it (govuk-frontend issue #979). axe calls
   * that attribute not allowed on a radio. Only that combination is let through; every other node
   * of the rule, and every other rule, still fails the scan.
   */
  private static boolean isGovukConditionalRevealRadio(Rule rule, CheckedNode node) {
    return "aria-allowed-attr".equals(rule.getId())
        && node.getHtml().contains("govuk-radios__input")
        && node.getHtml().contains("aria-controls=")
        && node.getFailureSummary().contains("aria-expanded")
        && !node.getFailureSummary().replace("aria-expanded", "").matches("(?s).*aria-[a-z]+=.*");
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .map(node -> node.getTarget() + " " + node.getFailureSummary())
            .collect(Collectors.joining("; "));
    return rule.getId() + " (" + rule.getHelp() + "): " + targets;
  }
}
