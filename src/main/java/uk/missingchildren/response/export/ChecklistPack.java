package uk.missingchildren.response.export;

import java.util.List;
import uk.missingchildren.response.framework.SectionKind;

/**
 * What one blank checklist download holds, with every word already chosen, so the PDF and Word
 * exporters only lay it out. A pack holds one thematic area, or all of them ({@link #isAll()}).
 */
record ChecklistPack(
    String documentTitle,
    String edition,
    String extentOptions,
    String impactOptions,
    List<String> extentLabels,
    List<String> impactLabels,
    List<Area> areas,
    boolean isAll) {

  /** One thematic area's checklist. */
  record Area(String slug, String title, String description, List<Section> sections) {}

  /** One of the three sections of a checklist; {@code id} is unique in the document. */
  record Section(String id, SectionKind kind, String heading, List<Standard> standards) {}

  /** One checklist item; {@code sources} is empty when the item names none. */
  record Standard(
      String ref, String text, String whatGoodLooksLike, String evidence, String sources) {}
}
