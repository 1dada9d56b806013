package uk.missingchildren.response.export;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The information sheet page as a PDF, for organisers to send to the people they invite. It reuses
 * the page's own content fragment, so the two never drift apart.
 */
@Component
public class InformationSheetPdfExporter {

  private final PdfRenderer renderer;

  InformationSheetPdfExporter(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  public byte[] export() {
    // The page's "download this as a PDF" link means nothing inside the PDF itself.
    return renderer.render(
        "pdf/information-sheet", Map.of(), html -> html.select("p:has(a[href$=.pdf])").remove());
  }
}
