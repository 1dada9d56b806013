package uk.missingchildren.response.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.web.LocalRedirects;

/**
 * A form posted after its session expired has no CSRF token to match, so Spring Security refuses
 * it. Instead of losing what the person typed, keep the form in a new session, ask them to sign in,
 * then offer to send it again ({@link ResumeController}). Other refusals get the normal 403 page.
 */
@Component
public class ExpiredSessionHandler implements AccessDeniedHandler {

  private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

  /** The default: a 403, which the service's own "You cannot do that" page then shows. */
  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!(denied instanceof MissingCsrfTokenException) || !"POST".equals(request.getMethod())
        || path.equals("/sign-in") || path.equals("/sign-out")) {
      forbidden.handle(request, response, denied);
      return;
    }
    var session = request.getSession(true);
    session.setAttribute(PendingSubmission.SESSION_ATTRIBUTE,
        new PendingSubmission(LocalRedirects.localPathOrHome(path), fieldsWithoutToken(request)));
    session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest(request.getContextPath() + "/resume"));
    if (wantsJson(request)) {
      // A page saving in the background cannot follow a redirect to a form; it tells the person
      // to sign in instead, and what they sent is offered again afterwards all the same.
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":\"signed-out\",\"signIn\":\"" + request.getContextPath() + "/sign-in\"}");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  private static Map<String, List<String>> fieldsWithoutToken(HttpServletRequest request) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      // Passwords are never kept: the person types them again.
      if (!"_csrf".equals(name) && !name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
        fields.put(name, Arrays.asList(values));
      }
    });
    return fields;
  }
}
