package uk.missingchildren.response.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The words of a downloaded PDF or Word document, normalised to compare with the content. */
public final class DocumentText {

  private DocumentText() {}

  public static String ofPdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each page's text, top to bottom, lines as laid out (not normalised). */
  public static List<String> pagesOfPdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The titles of the PDF's bookmarks, top level first then each one's children, in order. */
  public static List<String> bookmarksOfPdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      var outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        outline.children().forEach(item -> titles.add(item.getTitle()));
      }
      return titles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The characters exactly as the PDF maps its glyphs to text, before PDFBox tidies them. */
  public static String rawCharactersOfPdf(byte[] pdf) {
    StringBuilder characters = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          positions.forEach(position -> characters.append(position.getUnicode()));
        }
      }.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return characters.toString();
  }

  public static String ofWord(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> texts = new ArrayList<>();
      document.getParagraphs().stream().map(XWPFParagraph::getText).forEach(texts::add);
      for (XWPFTable table : document.getTables()) {
        for (XWPFTableRow row : table.getRows()) {
          row.getTableCells().stream().map(XWPFTableCell::getText).forEach(texts::add);
        }
      }
      return normalise(String.join("\n", texts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Collapses whitespace, and joins words a line break split after a hyphen ("multi-\nagency"), as
   * PDF text extraction puts a line break wherever the layout wrapped.
   */
  public static String normalise(String text) {
    return text.replace("\u00AD", "").replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
  }
}
