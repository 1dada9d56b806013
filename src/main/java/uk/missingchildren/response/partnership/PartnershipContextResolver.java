package uk.missingchildren.response.partnership;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.missingchildren.response.account.SignedInUser;

/**
 * Gives a controller method the {@link PartnershipContext} of the {@code {partnershipId}} in its
 * address for the signed-in person, checked once per request by {@link PartnershipAccess}: a
 * non-member, a deleted partnership or an id that is not one is "not found", as everywhere.
 */
@Configuration
class PartnershipContextResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  private static final String RESOLVED = PartnershipContextResolver.class.getName() + ".";

  /** Looked up when first needed, so web slices without partnerships still start. */
  private final ObjectProvider<PartnershipAccess> access;

  PartnershipContextResolver(ObjectProvider<PartnershipAccess> access) {
    this.access = access;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PartnershipContext.class;
  }

  @Override
  public PartnershipContext resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    UUID partnershipId = partnershipId(request);
    String key = RESOLVED + partnershipId;
    if (request.getAttribute(key) instanceof PartnershipContext resolved) {
      return resolved;
    }
    PartnershipContext context = access.getObject().require(partnershipId, signedInUser());
    request.setAttribute(key, context);
    return context;
  }

  private static UUID partnershipId(HttpServletRequest request) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String id = variables == null ? null : variables.get("partnershipId");
    if (id == null) {
      throw new IllegalStateException("A PartnershipContext needs {partnershipId} in the address");
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new PartnershipNotFoundException();
    }
  }

  private static SignedInUser signedInUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        ? user
        : null;
  }
}
