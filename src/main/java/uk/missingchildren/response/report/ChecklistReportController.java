package uk.missingchildren.response.report;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewPages;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * A checklist review's report page and its PDF and Word downloads. Until the review is completed
 * there is no report, and each address sends people to the page that completes it.
 */
@Controller
class ChecklistReportController {

  private final ChecklistReportService reports;
  private final MessageSource messages;

  ChecklistReportController(ChecklistReportService reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/report")
  String report(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      Model model) {
    Optional<ChecklistReport> found = reports.report(context, reviewId);
    if (found.isEmpty()) {
      return complete(partnershipId, reviewId);
    }
    ChecklistReport report = found.get();
    model.addAttribute("context", context);
    model.addAttribute("report", report);
    // Built here: the page title is computed where templates may not call beans.
    model.addAttribute(
        "pageTitle",
        messages.getMessage(
            "report.review.pageTitle",
            new Object[] {report.themeTitle(), report.round(), report.partnershipName()},
            StageOneReports.LOCALE));
    return "report/checklist-review";
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/report.pdf")
  ResponseEntity<byte[]> pdf(
      PartnershipContext context, @PathVariable UUID partnershipId, @PathVariable UUID reviewId) {
    return reports
        .report(context, reviewId)
        .map(
            report ->
                FileDownload.partnershipFile(
                    reports.pdf(report), MediaType.APPLICATION_PDF, report.fileStem() + ".pdf"))
        .orElseGet(() -> ReportResponses.redirect(complete(partnershipId, reviewId)));
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/report.docx")
  ResponseEntity<byte[]> word(
      PartnershipContext context, @PathVariable UUID partnershipId, @PathVariable UUID reviewId) {
    return reports
        .report(context, reviewId)
        .map(
            report ->
                FileDownload.partnershipFile(
                    reports.word(report), FileDownload.WORD, report.fileStem() + ".docx"))
        .orElseGet(() -> ReportResponses.redirect(complete(partnershipId, reviewId)));
  }

  /** Where a review in progress is finished: the page that checks every item is rated. */
  static String complete(UUID partnershipId, UUID reviewId) {
    return "redirect:" + ReviewPages.complete(partnershipId, reviewId);
  }
}
