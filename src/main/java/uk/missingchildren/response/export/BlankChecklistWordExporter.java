package uk.missingchildren.response.export;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Theme;

/**
 * Blank thematic checklists as Word documents, for groups that prefer to type their notes. Headings
 * use Word's heading styles, so the navigation pane and screen readers can find each area and
 * section.
 */
@Component
public class BlankChecklistWordExporter {

  private final ChecklistPacks packs;
  private final ExportMessages messages;

  BlankChecklistWordExporter(ChecklistPacks packs, ExportMessages messages) {
    this.packs = packs;
    this.messages = messages;
  }

  /** One area's checklist. */
  public byte[] export(Framework framework, Theme theme) {
    return write(packs.one(framework, theme));
  }

  /** All 12 checklists in one document, with a cover and contents, each area on a new page. */
  public byte[] exportAll(Framework framework) {
    return write(packs.all(framework));
  }

  private byte[] write(ChecklistPack pack) {
    WordDocument word = new WordDocument(pack.documentTitle(), messages.get("service.name"));
    word.footer(pack.edition(), messages.get("export.page.number"), messages.get("export.page.of"));
    if (pack.isAll()) {
      cover(word, pack);
    }
    WordChecklistTable tables = new WordChecklistTable(messages, pack);
    for (ChecklistPack.Area area : pack.areas()) {
      XWPFParagraph title = word.heading(1, area.title());
      if (pack.isAll()) {
        title.setPageBreak(true);
      }
      if (!pack.isAll()) {
        word.paragraph(pack.edition());
      }
      word.paragraph(area.description());
      howToUse(word, pack);
      for (ChecklistPack.Section section : area.sections()) {
        word.heading(2, section.heading());
        tables.write(word, section);
      }
    }
    return word.toBytes();
  }

  private void cover(WordDocument word, ChecklistPack pack) {
    word.heading(1, messages.get("export.all.heading"));
    word.paragraph(messages.get("export.all.lead"));
    word.paragraph(pack.edition());
    word.heading(2, messages.get("export.all.contents"));
    word.bullets(pack.areas().stream().map(ChecklistPack.Area::title).toList());
  }

  private void howToUse(WordDocument word, ChecklistPack pack) {
    word.heading(2, messages.get("export.howTo.heading"));
    word.paragraph(messages.get("export.howTo.intro"));
    word.bullets(
        List.of(
            messages.get("export.howTo.extent", pack.extentOptions()),
            messages.get("export.howTo.impact", pack.impactOptions()),
            messages.get("export.howTo.notes"),
            messages.get("export.howTo.actions")));
    word.paragraph(messages.get("export.howTo.afterwards"));
    word.bold(messages.get("export.howTo.noNames"));
  }
}
