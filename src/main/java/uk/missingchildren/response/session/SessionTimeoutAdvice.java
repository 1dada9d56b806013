package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.missingchildren.response.shared.forms.FormOwnerMarkers;

/** Tells pages how long an idle session lasts, for the timeout warning, and about kept forms. */
@ControllerAdvice
class SessionTimeoutAdvice {

  /** Read lazily: web slice tests load this advice without the rest of the service. */
  private final ObjectProvider<FormOwnerMarkers> markers;

  SessionTimeoutAdvice(ObjectProvider<FormOwnerMarkers> markers) {
    this.markers = markers;
  }

  @ModelAttribute("sessionTimeoutSeconds")
  long sessionTimeoutSeconds(HttpServletRequest request) {
    var session = request.getSession(false);
    return session == null ? 0 : session.getMaxInactiveInterval();
  }

  /**
   * True on the sign-in page while a form is waiting to be sent again; the email address is then
   * filled in with the address of the person the form was drawn for, who is signing back in.
   */
  @ModelAttribute("sessionExpiredNotice")
  boolean sessionExpiredNotice(HttpServletRequest request, Model model) {
    if (!request.getRequestURI().endsWith("/sign-in") || keptForms(request) == 0) {
      return false;
    }
    if (!model.containsAttribute("signInEmail")) {
      PendingSubmissions pending =
          (PendingSubmissions)
              request.getSession(false).getAttribute(PendingSubmissions.SESSION_ATTRIBUTE);
      markers
          .getObject()
          .owner(pending.all().get(pending.all().size() - 1).owner())
          .ifPresent(owner -> model.addAttribute("signInEmail", owner));
    }
    return true;
  }

  /** How many kept forms wait for a signed-in person, for the banner that leads to them. */
  @ModelAttribute("keptFormCount")
  int keptFormCount(HttpServletRequest request) {
    return request.getUserPrincipal() == null || request.getRequestURI().endsWith("/resume")
        ? 0
        : keptForms(request);
  }

  private static int keptForms(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null
            && session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE)
                instanceof PendingSubmissions pending
        ? pending.all().size()
        : 0;
  }
}
