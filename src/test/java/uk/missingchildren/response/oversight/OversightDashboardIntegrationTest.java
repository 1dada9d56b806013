package uk.missingchildren.response.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.missingchildren.response.export.PdfUaValidation;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/** The dashboard's change over time, and its downloads as PDF/UA, Word and Excel. */
class OversightDashboardIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDashboardShowsWhatChangedSinceTheMeetingBefore_andDownloadsAsPdfWordAndExcel()
      throws IOException {
    SiteVisitor lead = users.signedIn(url(""), users.givenAccount("Dee Download"));
    BenchmarkMeetings.givenPartnership(lead, "Dee's Partnership");
    UUID groupId = OversightLinks.group(lead, "Northshire Police oversight");
    String group = "/oversight/" + groupId;
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Rowan Rounds"));
    String first =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Roundshire", Map.of("Q10", "no", "Q11", "no"));
    UUID partnershipId = UUID.fromString(first.split("/")[2]);
    String second = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 30));
    BenchmarkMeetings.addAttendee(coordinator, second, "Pat Police", "POLICE", "Coordinator");
    BenchmarkMeetings.answerAll(coordinator, second, Map.of());
    assertThat(BenchmarkMeetings.submit(coordinator, second).statusCode()).isEqualTo(302);
    OversightLinks.join(
        coordinator,
        OversightLinks.invite(lead, groupId),
        partnershipId,
        Map.of("stageOne", "true", "actionSummary", "true"));

    Document dashboard = Jsoup.parse(lead.get(group).body());
    assertThat(dashboard.select("#partnership-" + partnershipId).text())
        .contains("30 November 2026 (round 2)");
    assertThat(dashboard.select("#change-T05").text())
        .as("Return home interviews: better than at the meeting before")
        .isEqualTo("Return home interviews 1 0 0");
    assertThat(dashboard.select("#change-T01").text()).endsWith("0 1 0");
    Document page = Jsoup.parse(lead.get(group + "/partnerships/" + partnershipId).body());
    assertThat(page.select("#rounds").text())
        .contains("2 stage one meetings; the latest on 30 November 2026")
        .contains("The meeting before was on 2 November 2026");
    assertThat(page.select("#area-T05 td").eachText())
        .containsExactly("Strong", "Priority for improvement", "0");

    HttpResponse<byte[]> pdf = lead.getBytes(group + "/dashboard.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Northshire Police oversight", "Roundshire", "Change since the meeting before");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Oversight dashboard: Northshire Police oversight");
    }
    assertThat(PdfUaValidation.failedRules(pdf.body(), PDFAFlavour.PDFUA_1)).isEmpty();

    HttpResponse<byte[]> word = lead.getBytes(group + "/dashboard.docx");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText())
          .contains("Oversight dashboard: Northshire Police oversight")
          .contains("Roundshire", "Return home interviews", "Change since the meeting before");
    }

    HttpResponse<byte[]> excel = lead.getBytes(group + "/dashboard.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets)
          .containsExactly(
              "About",
              "Partnerships",
              "Ratings",
              "Change",
              "Raised actions",
              "Open actions by area");
      Sheet partnerships = workbook.getSheet("Partnerships");
      assertThat(partnerships.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Roundshire");
      assertThat(partnerships.getRow(1).getCell(2).getNumericCellValue())
          .as("stage one meetings, as a number")
          .isEqualTo(2.0);
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE partnership_id = ? AND action = 'OVERSIGHT_VIEWED'",
                Long.class,
                partnershipId))
        .as("the page, the partnership's page and each download are looks")
        .isEqualTo(5);
  }
}
