package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.missingchildren.response.shared.forms.FormFieldNames;

/**
 * When a kept form is sent again (from the resume page, or from its own page reloaded), it is no
 * longer waiting: take it off the list, whatever the outcome, since its own page now shows that.
 */
@Configuration
class KeptFormSentInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if ("POST".equals(request.getMethod()) && request.getUserPrincipal() != null) {
      var session = request.getSession(false);
      if (session != null
          && session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE)
              instanceof PendingSubmissions pending
          && pending.remove(request.getParameter(FormFieldNames.SUBMISSION)).isPresent()) {
        session.setAttribute(PendingSubmissions.SESSION_ATTRIBUTE, pending);
      }
    }
    return true;
  }
}
