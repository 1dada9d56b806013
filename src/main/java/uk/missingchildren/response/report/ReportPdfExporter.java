package uk.missingchildren.response.report;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.PdfRenderer;

/**
 * The stage one report as a tagged, accessible PDF (PDF/UA-1 and PDF/A-3a), like the checklists.
 */
@Component
public class ReportPdfExporter {

  private static final String TEMPLATE = "pdf/stage-one-report";

  private final PdfRenderer renderer;

  ReportPdfExporter(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  byte[] export(StageOneReport report) {
    return renderer.render(TEMPLATE, Map.of("report", report), ReportPdfExporter::forPaper);
  }

  /**
   * Leaves out what only works on screen, and turns each GOV.UK summary list into a two-column
   * table with row headers: openhtmltopdf tags a table properly for screen readers, but not a
   * description list laid out as one.
   */
  public static void forPaper(Document html) {
    html.select(".app-pdf-omit").remove();
    for (Element list : html.select("dl.govuk-summary-list")) {
      Element table = new Element("table").addClass("app-summary-table");
      Element body = table.appendElement("tbody");
      for (Element row : list.select("> .govuk-summary-list__row")) {
        Element tableRow = body.appendElement("tr");
        for (Element cell : row.children()) {
          Element tableCell = tableRow.appendElement(cell.tagName().equals("dt") ? "th" : "td");
          if (cell.tagName().equals("dt")) {
            tableCell.attr("scope", "row");
          }
          tableCell.attr("class", cell.className());
          tableCell.appendChildren(cell.childNodesCopy());
        }
      }
      list.replaceWith(table);
    }
  }
}
