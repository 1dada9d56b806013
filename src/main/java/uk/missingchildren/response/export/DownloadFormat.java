package uk.missingchildren.response.export;

import org.springframework.http.MediaType;
import uk.missingchildren.response.shared.web.FileDownload;

/** The file formats the downloads come in. */
enum DownloadFormat {
  PDF("pdf", MediaType.APPLICATION_PDF),
  DOCX("docx", FileDownload.WORD);

  private final String extension;
  private final MediaType mediaType;

  DownloadFormat(String extension, MediaType mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  String fileName(String stem) {
    return stem + "." + extension;
  }

  MediaType mediaType() {
    return mediaType;
  }
}
