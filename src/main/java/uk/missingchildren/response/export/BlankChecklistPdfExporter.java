package uk.missingchildren.response.export;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Theme;

/** Blank thematic checklists as tagged PDF, to print or fill in when meeting without the tool. */
@Component
public class BlankChecklistPdfExporter {

  private static final String TEMPLATE = "pdf/checklists";

  private final ChecklistPacks packs;
  private final PdfRenderer renderer;

  BlankChecklistPdfExporter(ChecklistPacks packs, PdfRenderer renderer) {
    this.packs = packs;
    this.renderer = renderer;
  }

  /** One area's checklist. */
  public byte[] export(Framework framework, Theme theme) {
    return render(packs.one(framework, theme));
  }

  /** All 12 checklists in one document, with a cover and contents, each area on a new page. */
  public byte[] exportAll(Framework framework) {
    return render(packs.all(framework));
  }

  private byte[] render(ChecklistPack pack) {
    return renderer.render(TEMPLATE, Map.of("pack", pack), html -> {});
  }
}
