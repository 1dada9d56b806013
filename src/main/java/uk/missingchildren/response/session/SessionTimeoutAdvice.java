package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells pages how long an idle session lasts, for the timeout warning. */
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
    var session = request.getSession(false);
    return session != null
        && request.getRequestURI().endsWith("/sign-in")
        && session.getAttribute(PendingSubmission.SESSION_ATTRIBUTE) != null;
  }
}
