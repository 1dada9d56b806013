package uk.missingchildren.response.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every report's downloads are sent, shared by the stage one and checklist review reports. */
public final class ReportResponses {

  public static final MediaType WORD =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private ReportResponses() {}

  /** The file as an attachment named {@code fileName}. */
  public static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        // A report holds the partnership's own notes: never kept in a shared cache.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(bytes);
  }

  /**
   * A download address with no file yet: send people where the view name {@code "redirect:/…"}
   * points.
   */
  static ResponseEntity<byte[]> redirect(String view) {
    return ResponseEntity.status(302)
        .header(HttpHeaders.LOCATION, view.substring("redirect:".length()))
        .build();
  }
}
