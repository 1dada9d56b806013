package uk.missingchildren.response.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file and how it is sent: as an attachment, never kept in a shared cache. */
record PlanFile(byte[] bytes, MediaType type, String fileName) {

  static final MediaType EXCEL =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType WORD =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        // The partnership's own plan and records: never kept in a shared cache.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(bytes);
  }
}
