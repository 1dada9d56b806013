package uk.missingchildren.response.restore;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's limits on uploads, from the data file's limit, so the two cannot disagree: the data
 * file is the only thing this service takes as an upload. (This replaces Spring Boot's {@code
 * spring.servlet.multipart.*} settings.) A file over the limit is refused before it reaches a
 * controller; {@link UploadTooLargeAdvice} turns that into the upload page's error.
 */
@Configuration(proxyBeanMethods = false)
class RestoreConfig {

  /** Room beside the file for the form's other fields (its tokens, a few hundred bytes). */
  static final DataSize FORM_FIELDS = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfigElement(RestoreProperties properties) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(properties.maxFileSize());
    factory.setMaxRequestSize(
        DataSize.ofBytes(properties.maxFileSize().toBytes() + FORM_FIELDS.toBytes()));
    return factory.createMultipartConfig();
  }
}
