package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ExpressionContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class OfflineLinkBuilderTest {

  private static final String FRAGMENT = "<a th:href=\"@{/resources}\">x</a>";

  @Test
  void aSiteLink_inAPageFragment_rendersOutsideAWebRequest() {
    SpringTemplateEngine engine = engine();
    engine.addLinkBuilder(new OfflineLinkBuilder());

    assertThat(engine.process(FRAGMENT, new Context())).isEqualTo("<a href=\"/resources\">x</a>");
  }

  @Test
  void withoutIt_thymeleafRefusesASiteLinkOutsideAWebRequest() {
    assertThatThrownBy(() -> engine().process(FRAGMENT, new Context()))
        .isInstanceOf(TemplateProcessingException.class);
  }

  @Test
  void inAWebRequest_itStepsAsideForTheStandardLinkBuilder() {
    IExpressionContext web =
        mock(IExpressionContext.class, withSettings().extraInterfaces(IWebContext.class));

    assertThat(new OfflineLinkBuilder().buildLink(web, "/resources", Map.of())).isNull();
  }

  @Test
  void linksWithParametersOrToOtherSites_areLeftToTheStandardLinkBuilder() {
    IExpressionContext offline = new ExpressionContext(engine().getConfiguration());
    OfflineLinkBuilder links = new OfflineLinkBuilder();

    assertThat(links.buildLink(offline, "/resources", Map.of("page", 2))).isNull();
    assertThat(links.buildLink(offline, "https://example.org/", Map.of())).isNull();
    assertThat(links.buildLink(offline, "//example.org/", Map.of())).isNull();
  }

  /** Like the application's engine: Spring expressions, no link builder but the standard one. */
  private static SpringTemplateEngine engine() {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    return engine;
  }
}
