package uk.missingchildren.response.agencyviews;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.forms.SignedValues;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * The pass a browser holds after following someone's link: a cookie, only sent to that person's own
 * pages, naming them and which of their links it was, signed by the service and ending the day
 * after their views are due. No session and no database row.
 */
@Component
class GiverPass {

  private static final String PURPOSE = "view-giver-pass";

  private final SignedValues signed;

  GiverPass(SignedValues signed) {
    this.signed = signed;
  }

  static String cookieName(UUID giverId) {
    return "views_" + giverId.toString().replace("-", "");
  }

  ResponseCookie issue(UUID giverId, int generation, LocalDate dueOn, Instant now, boolean secure) {
    Instant ends = dueOn.plusDays(2).atStartOfDay(UkTime.ZONE).toInstant();
    long seconds = Math.max(60, Duration.between(now, ends).toSeconds());
    String value = giverId + "~" + generation + "~" + ends.getEpochSecond();
    return ResponseCookie.from(cookieName(giverId), signed.sign(PURPOSE, value))
        .path(GiveViewsController.pagesOf(giverId))
        .maxAge(seconds)
        .httpOnly(true)
        .secure(secure)
        .sameSite("Lax")
        .build();
  }

  /** Which of the person's links the browser was let in by, if its pass is genuine and current. */
  Optional<Integer> generation(HttpServletRequest request, UUID giverId, Instant now) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    String name = cookieName(giverId);
    for (Cookie cookie : request.getCookies()) {
      if (!cookie.getName().equals(name)) {
        continue;
      }
      Optional<String[]> parts =
          signed.verified(PURPOSE, cookie.getValue()).map(value -> value.split("~", -1));
      if (parts.isEmpty()
          || parts.get().length != 3
          || !parts.get()[0].equals(giverId.toString())) {
        return Optional.empty();
      }
      try {
        if (Instant.ofEpochSecond(Long.parseLong(parts.get()[2])).isBefore(now)) {
          return Optional.empty();
        }
        return Optional.of(Integer.parseInt(parts.get()[1]));
      } catch (NumberFormatException malformed) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
