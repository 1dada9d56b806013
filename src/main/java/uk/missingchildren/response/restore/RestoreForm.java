package uk.missingchildren.response.restore;

import org.springframework.web.multipart.MultipartFile;

/** The upload page's one field: the data file. */
public class RestoreForm {

  private MultipartFile file;

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }
}
