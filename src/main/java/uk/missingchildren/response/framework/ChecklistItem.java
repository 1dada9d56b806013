package uk.missingchildren.response.framework;

import java.util.List;

/**
 * One standard in a checklist. Items keep their id for ever; a retired item is marked inactive
 * rather than removed, so earlier assessments still read correctly.
 */
public record ChecklistItem(
    String id,
    SectionKind section,
    String text,
    String whatGoodLooksLike,
    String evidence,
    List<String> sourceKeys,
    boolean active) {

  public boolean hasGuidance() {
    return whatGoodLooksLike != null || evidence != null;
  }
}
