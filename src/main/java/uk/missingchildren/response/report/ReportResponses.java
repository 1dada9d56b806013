package uk.missingchildren.response.report;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Shared by the stage one and checklist review reports' downloads. */
final class ReportResponses {

  private ReportResponses() {}

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
