package uk.missingchildren.response.export;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;

/** Prepares the one Thymeleaf engine to render documents as well as pages. */
@Configuration(proxyBeanMethods = false)
class ExportConfig {

  /** Static, so it is registered before the template engine bean is created. */
  @Bean
  static BeanPostProcessor offlineLinksForDocuments() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof TemplateEngine engine) {
          engine.addLinkBuilder(new OfflineLinkBuilder());
        }
        return bean;
      }
    };
  }
}
