package uk.missingchildren.response.framework;

import java.util.Arrays;
import java.util.Optional;

/** The three sections every checklist is divided into, in the order they are shown. */
public enum SectionKind {
  REQUIRED("required"),
  GOOD_PRACTICE("good_practice"),
  ADDITIONAL_RESOURCES("additional_resources");

  private final String key;

  SectionKind(String key) {
    this.key = key;
  }

  /** The value used in the content files and the JSON view. */
  public String key() {
    return key;
  }

  /** The stem of this section's message keys, such as {@code section.required}. */
  public String messageKey() {
    return "section." + key;
  }

  public static Optional<SectionKind> fromKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }
}
