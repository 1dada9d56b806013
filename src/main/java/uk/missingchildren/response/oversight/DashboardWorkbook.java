package uk.missingchildren.response.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The dashboard as an Excel workbook: an "About" sheet saying whose it is and when, then one sheet
 * for each of the page's tables, header row frozen, figures as numbers. Text always goes in as
 * text, never as a formula, so a name such as "=HYPERLINK(…)" is shown as typed.
 */
@Component
class DashboardWorkbook {

  private final DashboardTables tables;

  DashboardWorkbook(DashboardTables tables) {
    this.tables = tables;
  }

  byte[] export(GroupContext group, OversightDashboard.View view, String today) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = headerStyle(workbook);
      about(workbook, header, group, today);
      for (DashboardTables.Table table : tables.of(view)) {
        sheet(workbook, header, table);
      }
      var properties = workbook.getProperties().getCoreProperties();
      properties.setTitle(tables.message("oversight.pdf.title", group.group().name()));
      properties.setCreator(tables.message("service.name"));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the workbook", e);
    }
  }

  private void about(XSSFWorkbook workbook, CellStyle header, GroupContext group, String today) {
    Sheet sheet = workbook.createSheet(tables.message("oversight.download.about"));
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 90 * 256);
    String[][] lines = {
      {tables.message("oversight.download.group"), group.group().name()},
      {tables.message("oversight.download.when"), today},
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
}
