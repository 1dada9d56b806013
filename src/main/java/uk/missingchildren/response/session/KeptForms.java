package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.forms.FormFieldNames;
import uk.missingchildren.response.shared.forms.FormOwnerMarkers;
import uk.missingchildren.response.shared.security.RequestOrigin;
import uk.missingchildren.response.shared.web.LocalRedirects;

/**
 * Keeps a form that could not be accepted because its session had ended (or its CSRF token was from
 * an earlier session), so that nothing typed is lost: the person signs in, checks what was kept,
 * and sends it. Only forms that show they came from this service's own page, drawn for a signed-in
 * person, are kept: a genuine owner marker ({@link FormOwnerMarkers}) and, where the browser says,
 * a same-origin request. A form posted by another site has neither, so it is refused as before and
 * never offered to anyone.
 */
@Component
class KeptForms {

  /** Fields sent back with a kept form but not shown, since nobody typed them. */
  static final Set<String> HIDDEN_FIELDS = Set.of("revision", "version", "returnTo");

  /** Where kept forms can come from: the signed-in areas whose pages carry owner markers. */
  private static final List<String> RESCUED_PATHS =
      List.of("/partnerships", "/account", "/admin/", "/invitations/");

  private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

  private final FormOwnerMarkers markers;
  private final Clock clock;

  KeptForms(FormOwnerMarkers markers, Clock clock) {
    this.markers = markers;
    this.clock = clock;
  }

  /** Keeps the form if it may be kept; false if it must be refused as it stands. */
  boolean keep(HttpServletRequest request) {
    Optional<String> owner = ownerOfRescuableForm(request);
    if (owner.isEmpty()) {
      return false;
    }
    HttpSession session = request.getSession(true);
    PendingSubmissions pending =
        session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE) instanceof PendingSubmissions p
            ? p
            : new PendingSubmissions();
    pending.keep(
        new PendingSubmission(
            request.getParameter(FormFieldNames.SUBMISSION),
            path(request),
            fieldsToKeep(request),
            request.getParameter(FormFieldNames.OWNER),
            clock.instant()));
    // Attributes are written back to the session store when set, so set it after changing it.
    session.setAttribute(PendingSubmissions.SESSION_ATTRIBUTE, pending);
    if (signedIn() == null) {
      session.setAttribute(
          SAVED_REQUEST, new SimpleSavedRequest(request.getContextPath() + "/resume"));
    }
    return true;
  }

  /**
   * Tells the browser what happened to a kept form: a page saving in the background gets JSON (it
   * cannot follow a redirect to a form) and says to sign in; a form post goes to sign in, or
   * straight to the kept forms when the person is still signed in.
   */
  void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean signedIn = signedIn() != null;
    if (wantsJson(request)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              "{\"status\":\"signed-out\",\"signIn\":\""
                  + request.getContextPath()
                  + (signedIn ? "/resume" : "/sign-in")
                  + "\"}");
      return;
    }
    response.sendRedirect(request.getContextPath() + (signedIn ? "/resume" : "/sign-in"));
  }

  private Optional<String> ownerOfRescuableForm(HttpServletRequest request) {
    String path = path(request);
    if (!"POST".equals(request.getMethod())
        || RESCUED_PATHS.stream().noneMatch(path::startsWith)
        || request.getParameter(FormFieldNames.SUBMISSION) == null
        || RequestOrigin.saysCrossSite(request)) {
      return Optional.empty();
    }
    Optional<String> owner = markers.owner(request.getParameter(FormFieldNames.OWNER));
    String person = signedIn();
    if (owner.isPresent()
        && person != null
        && !markers.issuedTo(request.getParameter(FormFieldNames.OWNER), person)) {
      // Drawn for someone else than who is signed in here now: not theirs to send.
      return Optional.empty();
    }
    return owner;
  }

  /**
   * Who is signed in, read from the security context: a refused CSRF token is handled before the
   * request learns its principal, so {@code getUserPrincipal()} cannot say yet.
   */
  private static String signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null
            || !authentication.isAuthenticated()
            || authentication instanceof AnonymousAuthenticationToken
        ? null
        : authentication.getName();
  }

  static String path(HttpServletRequest request) {
    return LocalRedirects.localPathOrHome(
        request.getRequestURI().substring(request.getContextPath().length()));
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  private static Map<String, List<String>> fieldsToKeep(HttpServletRequest request) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              // Passwords are never kept: the person types them again. Nor is the old CSRF token.
              if (!FormFieldNames.CSRF.equals(name)
                  && !name.toLowerCase(Locale.ROOT).contains("password")) {
                fields.put(name, Arrays.asList(values));
              }
            });
    return fields;
  }
}
