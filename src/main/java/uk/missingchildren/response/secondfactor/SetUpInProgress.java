package uk.missingchildren.response.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;

/**
 * What a set-up holds between pages, in the person's session only: the secret before a code has
 * proved it (so a reload shows the same QR code) and, once it has, the recovery codes until the
 * person says they have kept them. Nothing here is stored until a code from the app is typed.
 */
final class SetUpInProgress {

  private static final String SECRET = "secondFactorSecret";
  private static final String CODES = "secondFactorRecoveryCodes";

  private SetUpInProgress() {}

  static String secret(HttpServletRequest request) {
    HttpSession session = request.getSession();
    if (session.getAttribute(SECRET) instanceof String kept) {
      return kept;
    }
    String secret = TimeBasedCodes.newSecret();
    session.setAttribute(SECRET, secret);
    return secret;
  }

  static void showCodes(HttpServletRequest request, List<String> codes) {
    HttpSession session = request.getSession();
    session.removeAttribute(SECRET);
    session.setAttribute(CODES, List.copyOf(codes));
  }

  @SuppressWarnings("unchecked")
  static Optional<List<String>> codesToShow(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((List<String>) session.getAttribute(CODES));
  }

  static void codesKept(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CODES);
    }
  }
}
