package uk.missingchildren.response.oversight;

import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;

/** The dashboard as a Word document: a heading and a table for each of the page's tables. */
@Component
class DashboardWordExporter {

  private final DashboardTables tables;

  DashboardWordExporter(DashboardTables tables) {
    this.tables = tables;
  }

  byte[] export(GroupContext group, OversightDashboard.View view, String today) {
    String title = tables.message("oversight.pdf.title", group.group().name());
    WordDocument word = new WordDocument(title, tables.message("service.name"));
    word.footer(
        tables.message("oversight.pdf.footer", group.group().name(), today),
        tables.message("export.page.number"),
        tables.message("export.page.of"));
    word.heading(1, title);
    word.paragraph(tables.message("oversight.pdf.lead", today));
    for (DashboardTables.Table table : tables.of(view)) {
      word.heading(2, table.title());
      if (table.rows().isEmpty()) {
        word.paragraph(tables.message("oversight.download.none"));
      } else {
        word.dataTable(
            table.headers(),
            table.rows().stream().map(row -> row.stream().map(String::valueOf).toList()).toList());
      }
    }
    return word.toBytes();
  }
}
