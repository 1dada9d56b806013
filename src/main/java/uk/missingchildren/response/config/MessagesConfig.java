package uk.missingchildren.response.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The interface text, from the files named in {@code spring.messages.basename}. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

  /** Named messageSource, the name Spring looks for; Spring Boot's own then stands aside. */
  @Bean
  MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
    return new PreloadedMessageSource(basenames);
  }
}
