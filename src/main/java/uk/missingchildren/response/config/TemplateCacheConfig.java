package uk.missingchildren.response.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Room in Thymeleaf's caches for every template and expression the service has.
 *
 * <p>Its defaults keep 200 templates and 500 parsed expressions; the templates hold about 2,800
 * distinct expression attributes, so under a mix of pages each expression was parsed again on most
 * requests, read properties by reflection afresh, and never lived long enough to be compiled. With
 * room for them the report page went from 481 to 718 requests/s under load (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfig {

  static final int TEMPLATES = 1_000;
  static final int EXPRESSIONS = 20_000;

  /** Static, so it is registered before the template engine bean is created. */
  @Bean
  static BeanPostProcessor templateCachesForEveryPage() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof TemplateEngine engine) {
          StandardCacheManager caches = new StandardCacheManager();
          caches.setTemplateCacheMaxSize(TEMPLATES);
          caches.setExpressionCacheMaxSize(EXPRESSIONS);
          engine.setCacheManager(caches);
        }
        return bean;
      }
    };
  }
}
