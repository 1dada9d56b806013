package uk.missingchildren.response.export;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * One checklist section as a Word table: a header row that repeats on every page, then a row per
 * standard with blank cells to write in. Rows are not split across pages, so a standard and the
 * space to rate it stay together.
 */
final class WordChecklistTable {

  private static final int[] COLUMN_PERCENT = {8, 36, 11, 9, 19, 17};

  /** Enough room to write a rating and a few notes by hand: about 2 cm. */
  private static final int MINIMUM_ROW_HEIGHT = 1150;

  private static final String HEADER_SHADING = "F3F2F1";

  private final ExportMessages messages;
  private final ChecklistPack pack;

  WordChecklistTable(ExportMessages messages, ChecklistPack pack) {
    this.messages = messages;
    this.pack = pack;
  }

  void write(WordDocument word, ChecklistPack.Section section) {
    XWPFTable table = word.table(1 + section.standards().size(), COLUMN_PERCENT.length);
    fixColumnWidths(table);
    header(table.getRow(0));
    for (int i = 0; i < section.standards().size(); i++) {
      standard(table.getRow(i + 1), section.standards().get(i));
    }
  }

  private void header(XWPFTableRow row) {
    row.setRepeatHeader(true);
    row.setCantSplitRow(true);
    headerCell(row.getCell(0), messages.get("export.column.ref"), List.of());
    headerCell(row.getCell(1), messages.get("export.column.standard"), List.of());
    headerCell(row.getCell(2), messages.get("export.column.extent"), pack.extentLabels());
    headerCell(row.getCell(3), messages.get("export.column.impact"), pack.impactLabels());
    headerCell(row.getCell(4), messages.get("export.column.notes"), List.of());
    headerCell(row.getCell(5), messages.get("export.column.actions"), List.of());
  }

  private static void headerCell(XWPFTableCell cell, String name, List<String> options) {
    cell.setColor(HEADER_SHADING);
    XWPFRun run = compact(cell.getParagraphs().get(0)).createRun();
    run.setBold(true);
    run.setText(name);
    for (String option : options) {
      XWPFRun line = compact(cell.addParagraph()).createRun();
      line.setFontSize(7);
      line.setText(option);
    }
  }

  private void standard(XWPFTableRow row, ChecklistPack.Standard standard) {
    row.setCantSplitRow(true);
    row.setHeight(MINIMUM_ROW_HEIGHT);
    row.setHeightRule(TableRowHeightRule.AT_LEAST);
    XWPFRun ref = compact(row.getCell(0).getParagraphs().get(0)).createRun();
    ref.setBold(true);
    ref.setText(standard.ref());
    XWPFTableCell cell = row.getCell(1);
    compact(cell.getParagraphs().get(0)).createRun().setText(standard.text());
    labelled(cell, "export.standard.whatGoodLooksLike", standard.whatGoodLooksLike());
    labelled(cell, "export.standard.evidence", standard.evidence());
    if (standard.sources() != null) {
      WordDocument.small(compact(cell.addParagraph()).createRun()).setText(standard.sources());
    }
  }

  private void labelled(XWPFTableCell cell, String labelKey, String text) {
    if (text == null) {
      return;
    }
    XWPFParagraph paragraph = compact(cell.addParagraph());
    XWPFRun label = paragraph.createRun();
    label.setBold(true);
    label.setText(messages.get(labelKey) + " ");
    paragraph.createRun().setText(text);
  }

  private static XWPFParagraph compact(XWPFParagraph paragraph) {
    paragraph.setSpacingAfter(60);
    return paragraph;
  }

  /**
   * Fixed widths, so Word does not squeeze the blank columns to nothing. POI writes no column grid,
   * which Word needs (and the schema requires) to lay out a fixed table.
   */
  private static void fixColumnWidths(XWPFTable table) {
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    for (int column = 0; column < COLUMN_PERCENT.length; column++) {
      int twips = WordDocument.TEXT_WIDTH * COLUMN_PERCENT[column] / 100;
      grid.addNewGridCol().setW(BigInteger.valueOf(twips));
      for (XWPFTableRow row : table.getRows()) {
        row.getCell(column).setWidth(String.valueOf(twips));
      }
    }
  }
}
