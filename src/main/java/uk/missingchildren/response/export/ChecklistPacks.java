package uk.missingchildren.response.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ChecklistSection;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.Source;
import uk.missingchildren.response.framework.Theme;

/**
 * Turns framework content into {@link ChecklistPack}s. Retired items are left out: a blank
 * checklist is for a new review, which only rates active items.
 */
@Component
class ChecklistPacks {

  private static final DateTimeFormatter GOVUK_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", ExportMessages.LOCALE);

  private final ExportMessages messages;

  ChecklistPacks(ExportMessages messages) {
    this.messages = messages;
  }

  ChecklistPack one(Framework framework, Theme theme) {
    String title = messages.get("export.checklist.documentTitle", theme.title());
    return pack(framework, title, List.of(theme), false);
  }

  ChecklistPack all(Framework framework) {
    return pack(framework, messages.get("export.all.documentTitle"), framework.themes(), true);
  }

  private ChecklistPack pack(Framework framework, String title, List<Theme> themes, boolean all) {
    List<String> extent = labels(framework.stageTwo().extent());
    List<String> impact = labels(framework.stageTwo().impact());
    return new ChecklistPack(
        title,
        edition(framework),
        alternatives(extent),
        alternatives(impact),
        extent,
        impact,
        themes.stream().map(theme -> area(framework, theme)).toList(),
        all);
  }

  private String edition(Framework framework) {
    String published =
        framework.published() == null ? "" : GOVUK_DATE.format(framework.published());
    return messages.get("export.edition", framework.title(), framework.version(), published);
  }

  private ChecklistPack.Area area(Framework framework, Theme theme) {
    List<ChecklistPack.Section> sections =
        theme.checklist().sections().stream()
            .map(section -> section(framework, theme, section))
            .filter(section -> !section.standards().isEmpty())
            .toList();
    return new ChecklistPack.Area(theme.slug(), theme.title(), theme.description(), sections);
  }

  private ChecklistPack.Section section(
      Framework framework, Theme theme, ChecklistSection section) {
    List<ChecklistPack.Standard> standards =
        section.activeItems().stream().map(item -> standard(framework, item)).toList();
    String key = section.kind().key();
    return new ChecklistPack.Section(
        theme.slug() + "-" + key, section.kind(), messages.get("export.section." + key), standards);
  }

  private ChecklistPack.Standard standard(Framework framework, ChecklistItem item) {
    return new ChecklistPack.Standard(
        item.id(),
        item.text(),
        item.whatGoodLooksLike(),
        item.evidence(),
        sources(framework, item));
  }

  private String sources(Framework framework, ChecklistItem item) {
    List<String> citations = framework.sourcesOf(item).stream().map(this::citation).toList();
    if (citations.isEmpty()) {
      return null;
    }
    String joined = String.join(messages.get("export.source.separator") + " ", citations);
    String key = citations.size() == 1 ? "export.standard.source" : "export.standard.sources";
    return messages.get(key, joined);
  }

  String citation(Source source) {
    if (source.year() == null) {
      return messages.get("export.source.citationWithoutYear", source.title(), source.publisher());
    }
    // The year is passed as text so MessageFormat does not print it as "2,014".
    return messages.get(
        "export.source.citation", source.title(), source.publisher(), source.year().toString());
  }

  /** "A, B, C or D": the options a group chooses between, as a sentence would list them. */
  String alternatives(List<String> options) {
    if (options.size() < 2) {
      return String.join("", options);
    }
    String allButLast = String.join(", ", options.subList(0, options.size() - 1));
    String last = options.get(options.size() - 1);
    return allButLast + " " + messages.get("export.list.or") + " " + last;
  }

  private static List<String> labels(List<ScaleOption> options) {
    return options.stream().map(ScaleOption::label).toList();
  }
}
