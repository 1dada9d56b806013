package uk.missingchildren.response.export;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.missingchildren.response.framework.Checklist;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ChecklistSection;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.Source;
import uk.missingchildren.response.framework.SourceKind;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.StageTwoScales;
import uk.missingchildren.response.framework.Theme;

/** A small framework and the real export messages, for tests that need no application context. */
final class ExportFixtures {

  static final Source ACT =
      new Source("act", "Children Act 1989", "UK Parliament", 1989, null, SourceKind.LEGISLATION);
  static final Source UNDATED =
      new Source("toolkit", "Missing toolkit", "Missing People", null, null, SourceKind.GUIDANCE);

  private ExportFixtures() {}

  static ExportMessages messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages/messages", "messages/exports");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ExportMessages(source);
  }

  /** Two areas; the second has a retired item and nothing in its "additional resources" section. */
  static Framework framework() {
    return new Framework(
        "9.1",
        "Test framework",
        LocalDate.of(2026, 11, 22),
        new StageOneScale(List.of(), "", List.of(), List.of()),
        new StageTwoScales(
            List.of(option("Fully met"), option("Partly met"), option("Not met")),
            List.of(option("High"), option("Low"))),
        List.of(first(), second()),
        List.of(ACT, UNDATED),
        List.of());
  }

  private static Theme first() {
    return theme(
        "T01",
        "first-area",
        List.of(
            new ChecklistSection(
                SectionKind.REQUIRED,
                List.of(item("T01-R01", SectionKind.REQUIRED, List.of("act"), true))),
            new ChecklistSection(
                SectionKind.GOOD_PRACTICE,
                List.of(
                    item("T01-G01", SectionKind.GOOD_PRACTICE, List.of("act", "toolkit"), true))),
            new ChecklistSection(
                SectionKind.ADDITIONAL_RESOURCES,
                List.of(item("T01-A01", SectionKind.ADDITIONAL_RESOURCES, List.of(), true)))));
  }

  private static Theme second() {
    return theme(
        "T02",
        "second-area",
        List.of(
            new ChecklistSection(
                SectionKind.REQUIRED,
                List.of(
                    item("T02-R01", SectionKind.REQUIRED, List.of("act"), true),
                    item("T02-R02", SectionKind.REQUIRED, List.of("act"), false))),
            new ChecklistSection(
                SectionKind.GOOD_PRACTICE,
                List.of(item("T02-G01", SectionKind.GOOD_PRACTICE, List.of("toolkit"), true))),
            new ChecklistSection(
                SectionKind.ADDITIONAL_RESOURCES,
                List.of(item("T02-A01", SectionKind.ADDITIONAL_RESOURCES, List.of(), false)))));
  }

  private static Theme theme(String id, String slug, List<ChecklistSection> sections) {
    Checklist checklist = new Checklist(id, sections);
    return new Theme(id, slug, "Area " + id, "Short " + id, "About " + id, List.of(), checklist);
  }

  private static ChecklistItem item(
      String id, SectionKind section, List<String> sources, boolean active) {
    return new ChecklistItem(
        id, section, "Standard " + id, "Good " + id, "Evidence " + id, sources, active);
  }

  private static ScaleOption option(String label) {
    return new ScaleOption(label.toLowerCase().replace(' ', '_'), label, null, 1, false, false);
  }
}
