package uk.missingchildren.response.shared.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import uk.missingchildren.response.shared.security.PerThreadSecureRandom;

/**
 * Adds {@link FormFieldNames#SUBMISSION} and {@link FormFieldNames#OWNER} to every form that is not
 * a GET form, beside Spring Security's CSRF token, by wrapping the one {@link
 * RequestDataValueProcessor} that Thymeleaf asks for each {@code th:action}. No template has to
 * remember them.
 */
@Component
class FormHiddenFields implements BeanPostProcessor {

  private static final String PROCESSOR_BEAN = "requestDataValueProcessor";

  private final ObjectProvider<FormOwnerMarkers> markers;

  FormHiddenFields(ObjectProvider<FormOwnerMarkers> markers) {
    this.markers = markers;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (PROCESSOR_BEAN.equals(beanName) && bean instanceof RequestDataValueProcessor processor) {
      return new WithFormFields(processor, markers);
    }
    return bean;
  }

  private record WithFormFields(
      RequestDataValueProcessor delegate, ObjectProvider<FormOwnerMarkers> markers)
      implements RequestDataValueProcessor {

    private static final String GET_FORM = FormHiddenFields.class.getName() + ".GET_FORM";

    @Override
    public String processAction(HttpServletRequest request, String action, String method) {
      request.setAttribute(GET_FORM, method == null || "get".equalsIgnoreCase(method));
      return delegate.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(
        HttpServletRequest request, String name, String value, String type) {
      return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
      Map<String, String> fields = new LinkedHashMap<>();
      Map<String, String> delegated = delegate.getExtraHiddenFields(request);
      if (delegated != null) {
        fields.putAll(delegated);
      }
      if (!Boolean.TRUE.equals(request.getAttribute(GET_FORM))) {
        fields.put(FormFieldNames.SUBMISSION, PerThreadSecureRandom.token());
        Principal person = request.getUserPrincipal();
        if (person != null) {
          fields.put(FormFieldNames.OWNER, markers.getObject().issue(person.getName()));
        }
      }
      return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
      return delegate.processUrl(request, url);
    }
  }
}
