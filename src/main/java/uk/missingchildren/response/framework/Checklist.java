package uk.missingchildren.response.framework;

import java.util.List;

/** A thematic checklist: its items in the three sections, always in the same order. */
public record Checklist(String themeId, List<ChecklistSection> sections) {

  public List<ChecklistItem> items() {
    return sections.stream().flatMap(section -> section.items().stream()).toList();
  }

  /** The items in use, in section order: what a partnership rates. */
  public List<ChecklistItem> activeItems() {
    return sections.stream().flatMap(section -> section.activeItems().stream()).toList();
  }

  public ChecklistSection section(SectionKind kind) {
    return sections.stream()
        .filter(section -> section.kind() == kind)
        .findFirst()
        .orElse(new ChecklistSection(kind, List.of()));
  }
}
