package uk.missingchildren.response.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every generated file is sent: as an attachment with its own name, the one way for all. */
public final class FileDownload {

  public static final MediaType WORD =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  public static final MediaType EXCEL =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private FileDownload() {}

  /**
   * A partnership's own file (a report, its plan, minutes, its data): never kept in a shared cache.
   */
  public static ResponseEntity<byte[]> partnershipFile(
      byte[] bytes, MediaType type, String fileName) {
    return attachment(type, fileName).header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
  }

  /** A file that is the same for everyone, such as a blank checklist. */
  public static ResponseEntity<byte[]> publicFile(byte[] bytes, MediaType type, String fileName) {
    return attachment(type, fileName).body(bytes);
  }

  private static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString());
  }
}
