package uk.missingchildren.response.framework;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules a framework version sets for its own content, in the {@code content_rules} block of {@code
 * framework.yaml}, so that a newer version can hold itself to a higher standard without making an
 * older, published one unreadable.
 *
 * @param sourceHosts the publishers' web sites a source may link to (a host, and any host under it:
 *     "gov.uk" allows "www.gov.uk"), or none to allow any
 * @param compoundMarkers words that show a question asks more than one thing; a question's text may
 *     contain none of them, and only one question mark, at its end
 * @param requiredItemsShowWhatGoodLooksLike whether every required item in use must say what good
 *     looks like
 */
record ContentRules(
    List<String> sourceHosts,
    List<String> compoundMarkers,
    boolean requiredItemsShowWhatGoodLooksLike) {

  static ContentRules none() {
    return new ContentRules(List.of(), List.of(), false);
  }

  /** Why a question's text asks more than one thing, or null if it asks one. */
  String compoundProblem(String text) {
    if (compoundMarkers.isEmpty() || text == null) {
      return null;
    }
    String question = text.strip();
    long marks = question.chars().filter(c -> c == '?').count();
    if (marks != 1 || !question.endsWith("?")) {
      return "a question must be one question, ending with its only question mark";
    }
    String lower = question.toLowerCase(Locale.ROOT);
    return compoundMarkers.stream()
        .filter(marker -> contains(lower, marker.toLowerCase(Locale.ROOT)))
        .findFirst()
        .map(
            marker ->
                "the question contains '"
                    + marker
                    + "', which 'compound_markers' lists as a sign that it asks more than one"
                    + " thing: ask one thing and move the rest into the hint or a checklist")
        .orElse(null);
  }

  /** As a whole word or phrase: "including" is found in "help, including" but not "concluding". */
  private static boolean contains(String text, String marker) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(marker) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }
}
