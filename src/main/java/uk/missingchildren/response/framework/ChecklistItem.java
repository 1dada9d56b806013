package uk.missingchildren.response.framework;

import java.util.List;

/**
 * One standard in a checklist. Items keep their id for ever; a retired item is marked inactive
 * rather than removed, so earlier assessments still read correctly. {@code replacedBy} names the
 * item that now covers a retired one's standard (after a merge or a move to another section), so a
 * partnership's earlier rating can be carried to it.
 */
public record ChecklistItem(
    String id,
    SectionKind section,
    String text,
    String whatGoodLooksLike,
    String evidence,
    List<String> sourceKeys,
    boolean active,
    String replacedBy) {

  /** An item that is in use, or retired with nothing taking its place. */
  public ChecklistItem(
      String id,
      SectionKind section,
      String text,
      String whatGoodLooksLike,
      String evidence,
      List<String> sourceKeys,
      boolean active) {
    this(id, section, text, whatGoodLooksLike, evidence, sourceKeys, active, null);
  }

  public boolean hasGuidance() {
    return whatGoodLooksLike != null || evidence != null;
  }
}
