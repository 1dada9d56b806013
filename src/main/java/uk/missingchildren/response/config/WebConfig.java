package uk.missingchildren.response.config;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's fonts and images at {@code /assets/**}, where its compiled stylesheet
 * expects them, straight from the WebJar.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  private static final String GOVUK_FRONTEND_ASSETS =
      "classpath:/META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/assets/";

  private final GovukFrontendProperties govukFrontend;

  WebConfig(GovukFrontendProperties govukFrontend) {
    this.govukFrontend = govukFrontend;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(GOVUK_FRONTEND_ASSETS.formatted(govukFrontend.version()))
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
  }
}
