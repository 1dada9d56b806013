package uk.missingchildren.response.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word document built from headings, paragraphs, lists and tables, with real heading styles, on
 * A4 landscape pages with a footer. Hides Apache POI's low-level XML from the exporters, here and
 * in other features (such as the stage one report).
 */
public final class WordDocument {

  /** A4 landscape, in twentieths of a point. */
  private static final int PAGE_WIDTH = 16838;

  private static final int PAGE_HEIGHT = 11906;
  private static final int MARGIN = 720;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
  static final String GREY = "505A5F";
  static final String HEADER_SHADING = "F3F2F1";

  private final XWPFDocument document = new XWPFDocument();
  private final BigInteger bullets;
  private final BigInteger numbers;

  public WordDocument(String title, String creator) {
    WordStyles.define(document);
    bullets = WordStyles.bullets(document);
    numbers = WordStyles.numbers(document);
    document.getProperties().getCoreProperties().setTitle(title);
    document.getProperties().getCoreProperties().setCreator(creator);
    landscapeA4();
  }

  public XWPFParagraph heading(int level, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("Heading" + level);
    paragraph.createRun().setText(text);
    return paragraph;
  }

  public XWPFParagraph paragraph(String text) {
    XWPFParagraph paragraph = document.createParagraph();
    lines(paragraph, text);
    return paragraph;
  }

  /** A paragraph with a bold label followed by plain text, such as "Answer: Partly". */
  public XWPFParagraph labelled(String label, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun bold = paragraph.createRun();
    bold.setBold(true);
    bold.setText(label + " ");
    lines(paragraph, text);
    return paragraph;
  }

  public XWPFParagraph bold(String text) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setBold(true);
    run.setText(text);
    return paragraph;
  }

  public void bullets(List<String> items) {
    for (String item : items) {
      paragraph(item).setNumID(bullets);
    }
  }

  /** A numbered list, numbered from 1 whatever lists came before it. */
  public void numbered(List<String> items) {
    BigInteger list = WordStyles.restartedNumbers(document, numbers);
    for (String item : items) {
      paragraph(item).setNumID(list);
    }
  }

  /**
   * A table of text: a bold, shaded header row that repeats on every page, then one row per entry.
   * Rows are not split across pages; line breaks in a cell's text are kept.
   */
  public XWPFTable dataTable(List<String> headers, List<List<String>> rows) {
    XWPFTable table = table(1 + rows.size(), headers.size());
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int column = 0; column < headers.size(); column++) {
      XWPFTableCell cell = header.getCell(column);
      cell.setColor(HEADER_SHADING);
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setText(headers.get(column));
    }
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = table.getRow(i + 1);
      row.setCantSplitRow(true);
      for (int column = 0; column < headers.size(); column++) {
        String text = rows.get(i).get(column);
        lines(row.getCell(column).getParagraphs().get(0), text == null ? "" : text);
      }
    }
    return table;
  }

  XWPFTable table(int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    return table;
  }

  /** A footer on every page: {@code text} on one line, "Page N of M" on the next. */
  public void footer(String text, String pageWord, String ofWord) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    small(footer.createParagraph().createRun()).setText(text);
    XWPFParagraph numbers = footer.createParagraph();
    numbers.setAlignment(ParagraphAlignment.RIGHT);
    small(numbers.createRun()).setText(pageWord + " ");
    field(numbers, "PAGE");
    small(numbers.createRun()).setText(" " + ofWord + " ");
    field(numbers, "NUMPAGES");
  }

  public byte[] toBytes() {
    try (document;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the Word document", e);
    }
  }

  /** Text with its line breaks kept as breaks within one paragraph. */
  private static void lines(XWPFParagraph paragraph, String text) {
    XWPFRun run = paragraph.createRun();
    String[] lines = (text == null ? "" : text).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  static XWPFRun small(XWPFRun run) {
    run.setFontSize(8);
    run.setColor(GREY);
    return run;
  }

  /** A field Word fills in when it lays out the page, such as the page number. */
  private static void field(XWPFParagraph paragraph, String instruction) {
    small(paragraph.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    small(paragraph.createRun()).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    small(paragraph.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    small(paragraph.createRun()).setText("1");
    small(paragraph.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private void landscapeA4() {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(360));
    margins.setFooter(BigInteger.valueOf(360));
  }
}
