package uk.missingchildren.response.export;

import org.springframework.http.MediaType;

/** The file formats the downloads come in. */
enum DownloadFormat {
  PDF("pdf", MediaType.APPLICATION_PDF),
  DOCX(
      "docx",
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

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
