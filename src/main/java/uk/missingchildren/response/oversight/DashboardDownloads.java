package uk.missingchildren.response.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.export.PdfRenderer;
import uk.missingchildren.response.export.WordDocument;
import uk.missingchildren.response.report.ReportPdfExporter;
import uk.missingchildren.response.shared.time.UkTime;
import uk.missingchildren.response.shared.web.DisplayDates;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * The dashboard as a tagged PDF (PDF/UA), a Word document and an Excel workbook, each read live
 * like the page, so each download is a look recorded in every sharing partnership's audit log.
 */
@Controller
class DashboardDownloads {

  private static final String BASE = "/oversight/{groupId}/dashboard";

  private final OversightService groups;
  private final OversightDashboard dashboard;
  private final DashboardTables tables;
  private final PdfRenderer pdf;
  private final DisplayDates dates;
  private final Clock clock;

  DashboardDownloads(
      OversightService groups,
      OversightDashboard dashboard,
      DashboardTables tables,
      PdfRenderer pdf,
      DisplayDates dates,
      Clock clock) {
    this.groups = groups;
    this.dashboard = dashboard;
    this.tables = tables;
    this.pdf = pdf;
    this.dates = dates;
    this.clock = clock;
  }

  @GetMapping(BASE + ".pdf")
  ResponseEntity<byte[]> asPdf(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user) {
    GroupContext group = groups.require(groupId, user);
    byte[] file =
        pdf.render(
            "pdf/oversight-dashboard",
            Map.of("group", group, "view", dashboard.of(group), "printedOn", today()),
            ReportPdfExporter::forPaper);
    return FileDownload.partnershipFile(file, MediaType.APPLICATION_PDF, fileName("pdf"));
  }

  @GetMapping(BASE + ".docx")
  ResponseEntity<byte[]> asWord(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user) {
    GroupContext group = groups.require(groupId, user);
    List<DashboardTables.Table> all = tables.of(dashboard.of(group));
    String title = tables.message("oversight.pdf.title", group.group().name());
    WordDocument word = new WordDocument(title, tables.message("service.name"));
    word.footer(
        tables.message("oversight.pdf.footer", group.group().name(), today()),
        tables.message("export.page.number"),
        tables.message("export.page.of"));
    word.heading(1, title);
    word.paragraph(tables.message("oversight.pdf.lead", today()));
    for (DashboardTables.Table table : all) {
      word.heading(2, table.title());
      if (table.rows().isEmpty()) {
        word.paragraph(tables.message("oversight.download.none"));
      } else {
        word.dataTable(
            table.headers(),
            table.rows().stream().map(row -> row.stream().map(String::valueOf).toList()).toList());
      }
    }
    return FileDownload.partnershipFile(word.toBytes(), FileDownload.WORD, fileName("docx"));
  }

  @GetMapping(BASE + ".xlsx")
  ResponseEntity<byte[]> asExcel(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user) {
    GroupContext group = groups.require(groupId, user);
    List<DashboardTables.Table> all = tables.of(dashboard.of(group));
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = headerStyle(workbook);
      about(workbook, header, group);
      for (DashboardTables.Table table : all) {
        sheet(workbook, header, table);
      }
      workbook
          .getProperties()
          .getCoreProperties()
          .setTitle(tables.message("oversight.pdf.title", group.group().name()));
      workbook.getProperties().getCoreProperties().setCreator(tables.message("service.name"));
      workbook.write(out);
      return FileDownload.partnershipFile(out.toByteArray(), FileDownload.EXCEL, fileName("xlsx"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the workbook", e);
    }
  }

  /** The first sheet says whose dashboard it is and when it was downloaded. */
  private void about(XSSFWorkbook workbook, CellStyle header, GroupContext group) {
    Sheet sheet = workbook.createSheet(tables.message("oversight.download.about"));
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 90 * 256);
    String[][] lines = {
      {tables.message("oversight.download.group"), group.group().name()},
      {tables.message("oversight.download.when"), today()},
      {"", tables.message("oversight.download.note")}
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      Cell label = row.createCell(0);
      label.setCellValue(lines[i][0]);
      label.setCellStyle(header);
      row.createCell(1).setCellValue(lines[i][1]);
    }
  }

  /**
   * One table on a sheet of its own, header row frozen. Text always goes in as text, never as a
   * formula, so a name such as "=HYPERLINK(…)" is shown as typed.
   */
  private static void sheet(XSSFWorkbook workbook, CellStyle header, DashboardTables.Table table) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheet()));
    Row headings = sheet.createRow(0);
    for (int c = 0; c < table.headers().size(); c++) {
      Cell cell = headings.createCell(c);
      cell.setCellValue(table.headers().get(c));
      cell.setCellStyle(header);
      sheet.setColumnWidth(c, (c == 0 ? 40 : 22) * 256);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = table.rows().get(r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else {
          row.createCell(c).setCellValue(String.valueOf(value));
        }
      }
    }
    sheet.createFreezePane(1, 1);
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setWrapText(true);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private String today() {
    return dates.day(UkTime.today(clock));
  }

  private String fileName(String extension) {
    return "oversight-dashboard-" + UkTime.today(clock) + "." + extension;
  }
}
