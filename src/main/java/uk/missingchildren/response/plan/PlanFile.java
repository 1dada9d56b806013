package uk.missingchildren.response.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.missingchildren.response.shared.web.FileDownload;

/** A generated file of the partnership's plan or records, and its name. */
record PlanFile(byte[] bytes, MediaType type, String fileName) {

  /** "action-plan-northshire-safeguarding-partnership-2026-11-22.xlsx" */
  static String name(String what, String partnershipName, LocalDate day, String extension) {
    return what + "-" + slug(partnershipName) + "-" + day + "." + extension;
  }

  /** Letters and digits of the name, accents dropped, in lower case, joined by hyphens. */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty()
        ? "partnership"
        : slug.substring(0, Math.min(slug.length(), 60)).replaceAll("-$", "");
  }

  ResponseEntity<byte[]> response() {
    return FileDownload.partnershipFile(bytes, type, fileName);
  }
}
