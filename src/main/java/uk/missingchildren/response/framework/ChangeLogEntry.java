package uk.missingchildren.response.framework;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in one version of the framework, and why: the changes in words, and each finding of
 * a content review with what the version did about it.
 */
public record ChangeLogEntry(
    String version, LocalDate date, List<String> changes, List<Finding> findings) {

  public ChangeLogEntry(String version, LocalDate date, List<String> changes) {
    this(version, date, changes, List.of());
  }

  /**
   * A problem found in the content ({@code ref} names the item, question or source) and its fix.
   */
  public record Finding(String ref, String finding, String resolution) {}
}
