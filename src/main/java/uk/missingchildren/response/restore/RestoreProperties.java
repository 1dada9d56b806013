package uk.missingchildren.response.restore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Importing a partnership's data file ({@code app.restore}). {@code maxFileSize}: the largest file
 * accepted, which is also the service's limit on any uploaded file (see {@link RestoreConfig}). A
 * partnership with years of meetings writes well under 1 MB, so 10 MB leaves a wide margin.
 */
@ConfigurationProperties("app.restore")
record RestoreProperties(@DefaultValue("10MB") DataSize maxFileSize) {

  RestoreProperties {
    if (maxFileSize.toBytes() < DataSize.ofMegabytes(1).toBytes()) {
      throw new IllegalArgumentException(
          "app.restore.max-file-size must be at least 1MB, not " + maxFileSize);
    }
  }

  /** The limit in whole megabytes, as the upload page states it. */
  long maxMegabytes() {
    return maxFileSize.toMegabytes();
  }
}
