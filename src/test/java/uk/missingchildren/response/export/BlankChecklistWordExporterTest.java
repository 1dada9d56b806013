package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.framework.Framework;

class BlankChecklistWordExporterTest {

  private final ExportMessages messages = ExportFixtures.messages();
  private final BlankChecklistWordExporter exporter =
      new BlankChecklistWordExporter(new ChecklistPacks(messages), messages);
  private final Framework framework = ExportFixtures.framework();

  @Test
  void headingStyles_areWordsBuiltInHeadingsWithOutlineLevels() throws IOException {
    try (XWPFDocument word = open(exporter.export(framework, framework.themes().get(0)))) {
      for (int level = 1; level <= 3; level++) {
        XWPFStyle style = word.getStyles().getStyle("Heading" + level);
        assertThat(style.getName()).isEqualTo("heading " + level);
        assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
            .isEqualTo(level - 1);
      }
    }
  }

  @Test
  void eachTable_hasABoldHeaderRowThatRepeats_andRowsThatDoNotSplit() throws IOException {
    try (XWPFDocument word = open(exporter.export(framework, framework.themes().get(0)))) {
      assertThat(word.getTables())
          .hasSize(3)
          .allSatisfy(
              table -> {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(6);
                assertThat(table.getRow(0).getCell(2).getText())
                    .contains("How far met", "Partly met");
                assertThat(table.getRows())
                    .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
                assertThat(table.getRows().stream().skip(1).map(XWPFTableRow::isRepeatHeader))
                    .containsOnly(false);
              });
    }
  }

  @Test
  void theAllDocument_hasContents_thenEachAreaOnANewPage() throws IOException {
    try (XWPFDocument word = open(exporter.exportAll(framework))) {
      assertThat(
              word.getParagraphs().stream()
                  .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
                  .map(
                      paragraph -> paragraph.getText() + (paragraph.isPageBreak() ? " +page" : "")))
          .containsExactly("Thematic checklists", "Area T01 +page", "Area T02 +page");
      assertThat(
              word.getParagraphs().stream()
                  .filter(paragraph -> paragraph.getNumID() != null)
                  .map(XWPFParagraph::getText))
          .startsWith("Area T01", "Area T02");
    }
  }

  @Test
  void everyPage_hasAFooterWithTheFrameworkEditionAndPageNumbers() throws IOException {
    try (XWPFDocument word = open(exporter.export(framework, framework.themes().get(0)))) {
      String footer = word.getFooterList().get(0).getText();

      assertThat(footer).contains("Test framework, version 9.1, published 22 November 2026");
      assertThat(word.getFooterList().get(0).getParagraphs().get(1).getCTP().xmlText())
          .contains("PAGE", "NUMPAGES");
      assertThat(word.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Area T01: blank checklist");
      assertThat(word.getProperties().getCoreProperties().getCreator())
          .isEqualTo("Missing Children Response Assessment Tool");
    }
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }
}
