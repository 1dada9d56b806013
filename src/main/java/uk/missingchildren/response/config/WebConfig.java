package uk.missingchildren.response.config;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend straight from its WebJar: its fonts and images at {@code /assets/**},
 * where its compiled stylesheet expects them, and its stylesheet and script at {@code
 * /webjars/govuk-frontend/**}. Both are mapped to the WebJar's version folder here, once, so no
 * resource chain or locator has to look up every link of every page (which cost most of a page's
 * time under load). Our own stylesheets and scripts are revalidated on each use (a 304 when
 * unchanged), so a new release is never hidden behind a cached copy.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  private static final String GOVUK_FRONTEND =
      "classpath:/META-INF/resources/webjars/govuk-frontend/%s/";
  private static final String GOVUK_FRONTEND_ASSETS = GOVUK_FRONTEND + "dist/govuk/assets/";

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
    registry
        .addResourceHandler("/webjars/govuk-frontend/**")
        .addResourceLocations(GOVUK_FRONTEND.formatted(govukFrontend.version()))
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    registry
        .addResourceHandler("/css/**")
        .addResourceLocations("classpath:/static/css/")
        .setCacheControl(CacheControl.noCache().cachePublic());
    registry
        .addResourceHandler("/js/**")
        .addResourceLocations("classpath:/static/js/")
        .setCacheControl(CacheControl.noCache().cachePublic());
  }
}
