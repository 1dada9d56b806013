package uk.missingchildren.response.shared.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * An upload over the servlet's size limit loses its form fields: the container stops reading the
 * body, the CSRF token in it included, and Spring Security would refuse the request as a forgery (a
 * 403 page that says nothing of the file). Such a request needs no token, because it cannot change
 * anything: its body is never read, and Spring MVC refuses it before any controller runs, with the
 * upload page's "must be smaller than" error. Only the upload addresses are let through, so no
 * other form (signing out, say) can be sent this way.
 */
final class OversizedUpload {

  /**
   * The one upload: a partnership's data file, imported as a new partnership (the restore package).
   */
  static final Set<String> UPLOAD_PATHS = Set.of("/partnerships/import");

  private OversizedUpload() {}

  static boolean isOne(HttpServletRequest request) {
    if (!UPLOAD_PATHS.contains(request.getServletPath()) || !isMultipart(request)) {
      return false;
    }
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException overTheLimit) {
      // What the Servlet specification has getParts() throw for a file or request over the limit.
      return true;
    } catch (IOException | ServletException unreadable) {
      return false;
    }
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }
}
