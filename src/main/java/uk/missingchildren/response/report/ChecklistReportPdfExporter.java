package uk.missingchildren.response.report;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.PdfRenderer;

/**
 * A checklist review's report as a tagged, accessible PDF (PDF/UA-1 and PDF/A-3a), laid out and
 * tidied for paper exactly as the stage one report is.
 */
@Component
class ChecklistReportPdfExporter {

  private static final String TEMPLATE = "pdf/checklist-review-report";

  private final PdfRenderer renderer;

  ChecklistReportPdfExporter(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  byte[] export(ChecklistReport report) {
    return renderer.render(TEMPLATE, Map.of("report", report), ReportPdfExporter::forPaper);
  }
}
