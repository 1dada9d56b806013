package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells pages how long an idle session lasts, for the timeout warning, and about kept forms. */
@ControllerAdvice
class SessionTimeoutAdvice {

  @ModelAttribute("sessionTimeoutSeconds")
  long sessionTimeoutSeconds(HttpServletRequest request) {
    var session = request.getSession(false);
    return session == null ? 0 : session.getMaxInactiveInterval();
  }

  /** True on the sign-in page while a form is waiting to be sent again. */
  @ModelAttribute("sessionExpiredNotice")
  boolean sessionExpiredNotice(HttpServletRequest request) {
    return request.getRequestURI().endsWith("/sign-in") && keptForms(request) > 0;
  }

  /** How many kept forms wait for a signed-in person, for the banner that leads to them. */
  @ModelAttribute("keptFormCount")
  int keptFormCount(HttpServletRequest request) {
    return request.getUserPrincipal() == null || request.getRequestURI().endsWith("/resume") ? 0 : keptForms(request);
  }

  private static int keptForms(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null && session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE) instanceof PendingSubmissions pending
        ? pending.all().size() : 0;
  }
}
