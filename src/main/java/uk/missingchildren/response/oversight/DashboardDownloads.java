package uk.missingchildren.response.oversight;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.export.PdfRenderer;
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
  private final PdfRenderer pdf;
  private final DashboardWordExporter word;
  private final DashboardWorkbook excel;
  private final DisplayDates dates;
  private final Clock clock;

  DashboardDownloads(
      OversightService groups,
      OversightDashboard dashboard,
      PdfRenderer pdf,
      DashboardWordExporter word,
      DashboardWorkbook excel,
      DisplayDates dates,
      Clock clock) {
    this.groups = groups;
    this.dashboard = dashboard;
    this.pdf = pdf;
    this.word = word;
    this.excel = excel;
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
    return FileDownload.partnershipFile(
        word.export(group, dashboard.of(group), today()), FileDownload.WORD, fileName("docx"));
  }

  @GetMapping(BASE + ".xlsx")
  ResponseEntity<byte[]> asExcel(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user) {
    GroupContext group = groups.require(groupId, user);
    return FileDownload.partnershipFile(
        excel.export(group, dashboard.of(group), today()), FileDownload.EXCEL, fileName("xlsx"));
  }

  private String today() {
    return dates.day(UkTime.today(clock));
  }

  private String fileName(String extension) {
    return "oversight-dashboard-" + UkTime.today(clock) + "." + extension;
  }
}
