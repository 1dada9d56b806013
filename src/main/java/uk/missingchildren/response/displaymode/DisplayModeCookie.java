package uk.missingchildren.response.displaymode;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.ResponseCookie;

/** Reads and writes the cookie that remembers the display mode for a year. */
final class DisplayModeCookie {

  static final String NAME = "display_mode";
  private static final Duration LIFETIME = Duration.ofDays(365);

  private DisplayModeCookie() {}

  static DisplayMode read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return DisplayMode.STANDARD;
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(cookie -> DisplayMode.fromValue(cookie.getValue()))
        .findFirst()
        .orElse(DisplayMode.STANDARD);
  }

  static ResponseCookie write(DisplayMode mode, boolean secure) {
    return ResponseCookie.from(NAME, mode.value())
        .path("/")
        .maxAge(LIFETIME)
        .httpOnly(true)
        .secure(secure)
        .sameSite("Lax")
        .build();
  }
}
