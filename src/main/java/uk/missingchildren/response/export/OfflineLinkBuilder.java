package uk.missingchildren.response.export;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.AbstractLinkBuilder;

/**
 * Lets page fragments with {@code @{/path}} links be rendered into documents, outside any web
 * request. Thymeleaf's standard link builder refuses a context-relative link without a request; for
 * a document the path itself is enough. Web pages are unaffected: with a request, this builder
 * steps aside and the standard one builds the link.
 */
final class OfflineLinkBuilder extends AbstractLinkBuilder {

  OfflineLinkBuilder() {
    setName("offline");
    setOrder(Integer.MIN_VALUE);
  }

  @Override
  public String buildLink(IExpressionContext context, String base, Map<String, Object> parameters) {
    boolean contextRelative = base != null && base.startsWith("/") && !base.startsWith("//");
    boolean hasParameters = parameters != null && !parameters.isEmpty();
    if (context instanceof IWebContext || !contextRelative || hasParameters) {
      return null;
    }
    return base;
  }
}
