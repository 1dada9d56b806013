package uk.missingchildren.response.shared.forms;

import java.io.Serializable;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages a form leaves for the next page (say, "Sam Jones has been added"), written down with
 * its submission so that a repeat shows the same page.
 */
final class FlashAttributes {

  /** What the column holds. */
  private static final int MOST_CHARACTERS = 30_000;

  private FlashAttributes() {}

  static String write(Map<String, ?> attributes) {
    Map<String, Object> kept = new LinkedHashMap<>();
    attributes.forEach(
        (name, value) -> {
          if (!(value instanceof ShownOnce)) {
            kept.put(name, value);
          }
        });
    if (kept.isEmpty()) {
      return null;
    }
    // A message that cannot be written down is left off a repeat's page; the work itself is done.
    return SmallValues.write(new LinkedHashMap<String, Object>(kept))
        .map(bytes -> Base64.getEncoder().encodeToString(bytes))
        .filter(text -> text.length() <= MOST_CHARACTERS)
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Serializable> read(String written) {
    if (written == null || written.isEmpty()) {
      return Map.of();
    }
    try {
      return SmallValues.read(Base64.getDecoder().decode(written))
          .filter(Map.class::isInstance)
          .map(map -> (Map<String, Serializable>) map)
          .orElse(Map.of());
    } catch (IllegalArgumentException unreadable) {
      return Map.of();
    }
  }
}
