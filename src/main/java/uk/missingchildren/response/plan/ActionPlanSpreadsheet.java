package uk.missingchildren.response.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * The action plan as an Excel workbook: one row per action in register order, then one per proposed
 * action from stage one that is not an action of its own, under a bold, shaded header row that
 * stays in view and carries filters; due dates and dates set are real dates, so they sort and
 * filter as dates. A second sheet, and the file's properties, say whose plan it is and when it was
 * exported. Rows are streamed to the file, so a large plan needs little memory.
 *
 * <p>Text goes into cells as text, never as a formula, so a title such as "=HYPERLINK(…)" is shown
 * as typed and never runs.
 */
@Component
class ActionPlanSpreadsheet {

  private static final int ROWS_IN_MEMORY = 200;
  private static final byte[] HEADER_GREY = {(byte) 0xF3, (byte) 0xF2, (byte) 0xF1};
  private static final byte[] OVERDUE_FILL = {(byte) 0xF6, (byte) 0xD7, (byte) 0xD2};
  private static final byte[] OVERDUE_TEXT = {(byte) 0x94, (byte) 0x25, (byte) 0x14};
  private static final String UK_DATE = "d mmm yyyy";

  private final PlanWords words;

  ActionPlanSpreadsheet(PlanWords words) {
    this.words = words;
  }

  byte[] export(ActionPlan plan) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      planSheet(workbook, styles, plan);
      aboutSheet(workbook, styles, plan);
      properties(workbook, plan);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the spreadsheet", e);
    }
  }

  private void planSheet(SXSSFWorkbook workbook, Styles styles, ActionPlan plan) {
    SXSSFSheet sheet = workbook.createSheet(words.message("plan.excel.sheet"));
    PlanColumn[] columns = PlanColumn.values();
    Row header = sheet.createRow(0);
    for (PlanColumn column : columns) {
      Cell cell = header.createCell(column.ordinal());
      cell.setCellValue(words.header(column));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(column.ordinal(), column.width() * 256);
    }
    List<PlanRow> rows = plan.allRows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = sheet.createRow(i + 1);
      for (PlanColumn column : columns) {
        write(row.createCell(column.ordinal()), column, column.valueOf(rows.get(i)), styles);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.length - 1));
    printSetup(sheet);
  }

  private void write(Cell cell, PlanColumn column, Object value, Styles styles) {
    switch (column.kind()) {
      case DATE -> {
        cell.setCellStyle(styles.date);
        if (value != null) {
          cell.setCellValue((LocalDate) value);
        }
      }
      case YES_NO -> {
        boolean yes = Boolean.TRUE.equals(value);
        cell.setCellValue(words.yesNo(yes));
        cell.setCellStyle(yes ? styles.overdue : styles.text);
      }
      default -> {
        cell.setCellStyle(styles.text);
        if (value != null) {
          cell.setCellValue(value.toString());
        }
      }
    }
  }

  /** Landscape, one page wide, the header row on every printed page. */
  private static void printSetup(Sheet sheet) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }

  private void aboutSheet(SXSSFWorkbook workbook, Styles styles, ActionPlan plan) {
    SXSSFSheet sheet = workbook.createSheet(words.message("plan.excel.aboutSheet"));
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    Row title = sheet.createRow(0);
    title.createCell(0).setCellValue(words.title(plan));
    title.getCell(0).setCellStyle(styles.title);
    about(sheet, 2, words.message("plan.excel.about.partnership"), plan.partnershipName(), styles);
    Row exported = about(sheet, 3, words.message("plan.excel.about.exported"), null, styles);
    exported.getCell(1).setCellValue(LocalDateTime.ofInstant(plan.exportedAt(), UkTime.ZONE));
    exported.getCell(1).setCellStyle(styles.dateTime);
    about(
        sheet,
        4,
        words.message("plan.excel.about.actions"),
        String.valueOf(plan.rows().size()),
        styles);
    about(
        sheet,
        5,
        words.message("plan.excel.about.overdue"),
        String.valueOf(plan.overdueCount()),
        styles);
    about(
        sheet,
        6,
        words.message("plan.excel.about.proposed"),
        String.valueOf(plan.pendingCount()),
        styles);
    about(sheet, 7, words.message("plan.excel.about.framework"), plan.frameworkVersion(), styles);
    about(
        sheet,
        9,
        words.message("plan.excel.about.notesLabel"),
        words.message("plan.excel.about.notes"),
        styles);
  }

  private static Row about(Sheet sheet, int index, String label, String value, Styles styles) {
    Row row = sheet.createRow(index);
    Cell labelCell = row.createCell(0);
    labelCell.setCellValue(label);
    labelCell.setCellStyle(styles.header);
    Cell valueCell = row.createCell(1);
    valueCell.setCellStyle(styles.text);
    if (value != null) {
      valueCell.setCellValue(value);
    }
    return row;
  }

  private void properties(SXSSFWorkbook workbook, ActionPlan plan) {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setTitle(words.title(plan));
    core.setSubjectProperty(plan.partnershipName());
    core.setCreator(words.message("service.name"));
    core.setDescription(words.exported(plan));
    core.setKeywords(words.message("plan.excel.keywords"));
  }

  /** Every cell style the workbook uses, made once: a workbook holds a limited number of styles. */
  private static final class Styles {

    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle date;
    final XSSFCellStyle dateTime;
    final XSSFCellStyle overdue;
    final CellStyle title;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = wrapped(workbook);
      header.setFont(bold);
      header.setFillForegroundColor(new XSSFColor(HEADER_GREY, null));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      text = wrapped(workbook);
      date = wrapped(workbook);
      date.setDataFormat(workbook.createDataFormat().getFormat(UK_DATE));
      dateTime = wrapped(workbook);
      dateTime.setDataFormat(workbook.createDataFormat().getFormat(UK_DATE + " hh:mm"));
      XSSFFont overdueFont = (XSSFFont) workbook.createFont();
      overdueFont.setBold(true);
      overdueFont.setColor(new XSSFColor(OVERDUE_TEXT, null));
      overdue = wrapped(workbook);
      overdue.setFont(overdueFont);
      overdue.setFillForegroundColor(new XSSFColor(OVERDUE_FILL, null));
      overdue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font large = workbook.createFont();
      large.setBold(true);
      large.setFontHeightInPoints((short) 16);
      title = workbook.createCellStyle();
      title.setFont(large);
    }

    private static XSSFCellStyle wrapped(SXSSFWorkbook workbook) {
      XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
