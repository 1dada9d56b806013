package uk.missingchildren.response.export;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * Stable addresses for the offline downloads, open to anyone: the blank checklists hold no
 * partnership's data. Links in pages, emails and printed material point at these, so keep them.
 */
@Controller
class DownloadsController {

  private final Downloads downloads;

  DownloadsController(Downloads downloads) {
    this.downloads = downloads;
  }

  @GetMapping("/checklists/{slug}.pdf")
  ResponseEntity<byte[]> checklistPdf(@PathVariable String slug) {
    return send(downloads.checklist(slug, DownloadFormat.PDF));
  }

  @GetMapping("/checklists/{slug}.docx")
  ResponseEntity<byte[]> checklistWord(@PathVariable String slug) {
    return send(downloads.checklist(slug, DownloadFormat.DOCX));
  }

  @GetMapping("/checklists/all.pdf")
  ResponseEntity<byte[]> allChecklistsPdf() {
    return send(downloads.allChecklists(DownloadFormat.PDF));
  }

  @GetMapping("/checklists/all.docx")
  ResponseEntity<byte[]> allChecklistsWord() {
    return send(downloads.allChecklists(DownloadFormat.DOCX));
  }

  @GetMapping("/information-sheet.pdf")
  ResponseEntity<byte[]> informationSheet() {
    return send(downloads.informationSheet());
  }

  private static ResponseEntity<byte[]> send(Optional<Download> download) {
    return send(download.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
  }

  private static ResponseEntity<byte[]> send(Download download) {
    return FileDownload.publicFile(
        download.bytes(), download.format().mediaType(), download.fileName());
  }
}
