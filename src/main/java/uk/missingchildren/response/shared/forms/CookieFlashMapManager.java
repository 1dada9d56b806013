package uk.missingchildren.response.shared.forms;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps the message a form leaves for the next page ("Low Vision Mode is on", "check your email")
 * in the session when there is one, and otherwise in a short-lived signed cookie, so that nobody
 * who is not signed in is given a session (a database row) just to see a banner. The cookie is
 * HttpOnly and SameSite=Lax, lasts a minute, and is read only when its signature is the service's.
 * Registered as the {@code flashMapManager}, the bean Spring MVC asks for by that name.
 */
@Component("flashMapManager")
public class CookieFlashMapManager extends AbstractFlashMapManager {

  static final String COOKIE = "flash";
  private static final String PURPOSE = "flash-cookie";
  private static final int MOST_COOKIE_CHARACTERS = 3_800;

  private final Signatures signatures;

  CookieFlashMapManager(Signatures signatures) {
    this.signatures = signatures;
    setFlashMapTimeout(60);
  }

  @Override
  protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
    List<FlashMap> maps = new ArrayList<>();
    if (request.getSession(false) != null) {
      maps.addAll(fromSession(request));
    }
    maps.addAll(fromCookie(request));
    return maps.isEmpty() ? null : maps;
  }

  @Override
  protected void updateFlashMaps(
      List<FlashMap> maps, HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) != null) {
      request
          .getSession()
          .setAttribute(SESSION_ATTRIBUTE, maps.isEmpty() ? null : new ArrayList<>(maps));
      clearCookie(request, response);
      return;
    }
    if (maps.isEmpty()) {
      clearCookie(request, response);
      return;
    }
    SmallValues.write(new ArrayList<>(maps))
        .ifPresent(
            bytes -> {
              String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
              String signed =
                  value
                      + "."
                      + signatures.sign(
                          PURPOSE, value.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
              if (signed.length() <= MOST_COOKIE_CHARACTERS) {
                response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, signed, 60).toString());
              }
            });
  }

  /** Spring's own session attribute, so a session's flash maps are where Spring would keep them. */
  private static final String SESSION_ATTRIBUTE =
      SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

  @SuppressWarnings("unchecked")
  private static List<FlashMap> fromSession(HttpServletRequest request) {
    Object kept = request.getSession(false).getAttribute(SESSION_ATTRIBUTE);
    return kept instanceof List<?> list ? (List<FlashMap>) list : List.of();
  }

  @SuppressWarnings("unchecked")
  private List<FlashMap> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return List.of();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        String[] parts = cookie.getValue().split("\\.", 2);
        if (parts.length == 2
            && signatures.verify(
                PURPOSE, parts[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII), parts[1])) {
          try {
            return SmallValues.read(Base64.getUrlDecoder().decode(parts[0]))
                .filter(List.class::isInstance)
                .map(list -> (List<FlashMap>) list)
                .orElse(List.of());
          } catch (IllegalArgumentException unreadable) {
            return List.of();
          }
        }
      }
    }
    return List.of();
  }

  private static void clearCookie(HttpServletRequest request, HttpServletResponse response) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null
        && java.util.Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()))) {
      response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", 0).toString());
    }
  }

  private static ResponseCookie cookie(HttpServletRequest request, String value, int seconds) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    return ResponseCookie.from(COOKIE, value)
        .path(path)
        .maxAge(seconds)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .build();
  }
}
