package uk.missingchildren.response.framework;

import java.util.List;

/** The items of one checklist that share a section. */
public record ChecklistSection(SectionKind kind, List<ChecklistItem> items) {}
