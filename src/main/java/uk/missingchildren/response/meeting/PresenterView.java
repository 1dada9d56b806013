package uk.missingchildren.response.meeting;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.http.ResponseCookie;

/**
 * Whether this browser shows meetings in the presenter view: for the screen the room watches, with
 * the site's header reduced to one slim bar. Kept in a cookie for the browser session, so it lasts
 * the meeting and is gone the next day; pages outside a meeting ignore it.
 */
public final class PresenterView {

  /** The request attribute, and the template variable, that says the view is on. */
  public static final String ATTRIBUTE = "presenterView";

  static final String COOKIE = "presenter_view";
  private static final String ON = "on";

  private PresenterView() {}

  static boolean isOn(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies)
            .anyMatch(cookie -> COOKIE.equals(cookie.getName()) && ON.equals(cookie.getValue()));
  }

  /** On: a cookie for the browser session. Off: the cookie removed. */
  static ResponseCookie cookie(boolean on, boolean secure) {
    ResponseCookie.ResponseCookieBuilder cookie =
        ResponseCookie.from(COOKIE, on ? ON : "")
            .path("/")
            .httpOnly(true)
            .secure(secure)
            .sameSite("Lax");
    return on ? cookie.build() : cookie.maxAge(0).build();
  }
}
