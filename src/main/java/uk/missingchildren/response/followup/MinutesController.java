package uk.missingchildren.response.followup;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.missingchildren.response.export.PdfRenderer;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.report.ReportPdfExporter;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * A follow-up meeting's minutes as a page, an accessible PDF and a Word document. Any member may
 * read them; while the meeting is still going on they are marked as a draft.
 */
@Controller
class MinutesController {

  private static final String PATH = "/partnerships/{partnershipId}/follow-ups/{meetingId}/minutes";

  private final MinutesWriter writer;
  private final PdfRenderer pdf;
  private final MinutesWordExporter word;
  private final MessageSource messages;

  MinutesController(
      MinutesWriter writer, PdfRenderer pdf, MinutesWordExporter word, MessageSource messages) {
    this.writer = writer;
    this.pdf = pdf;
    this.word = word;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String minutes(PartnershipContext context, @PathVariable UUID meetingId, Model model) {
    Minutes minutes = writer.minutes(context, meetingId);
    model.addAttribute("context", context);
    model.addAttribute("minutes", minutes);
    model.addAttribute("base", FollowUpPages.path(context, meetingId));
    model.addAttribute(
        "pageTitle",
        messages.getMessage(
            "minutes.documentTitle",
            new Object[] {minutes.meetingDay(), minutes.partnershipName()},
            java.util.Locale.UK));
    return "followup/minutes";
  }

  @GetMapping(PATH + ".pdf")
  ResponseEntity<byte[]> pdf(PartnershipContext context, @PathVariable UUID meetingId) {
    Minutes minutes = writer.minutes(context, meetingId);
    byte[] file =
        pdf.render(
            "pdf/follow-up-minutes", Map.of("minutes", minutes), ReportPdfExporter::forPaper);
    return FileDownload.partnershipFile(file, MediaType.APPLICATION_PDF, fileName(minutes, "pdf"));
  }

  @GetMapping(PATH + ".docx")
  ResponseEntity<byte[]> word(PartnershipContext context, @PathVariable UUID meetingId) {
    Minutes minutes = writer.minutes(context, meetingId);
    return FileDownload.partnershipFile(
        word.export(minutes), FileDownload.WORD, fileName(minutes, "docx"));
  }

  private static String fileName(Minutes minutes, String extension) {
    return "follow-up-minutes-"
        + minutes.meetingDay().toLowerCase(java.util.Locale.UK).replace(' ', '-')
        + "."
        + extension;
  }
}
