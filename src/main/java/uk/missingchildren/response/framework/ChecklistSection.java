package uk.missingchildren.response.framework;

import java.util.List;

/** The items of one checklist that share a section, retired ones included. */
public record ChecklistSection(SectionKind kind, List<ChecklistItem> items) {

  /** The items in use: what a partnership rates, and what the checklist pages and files show. */
  public List<ChecklistItem> activeItems() {
    return items.stream().filter(ChecklistItem::active).toList();
  }
}
