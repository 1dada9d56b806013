package uk.missingchildren.response.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * What the browser says about where a request came from: Fetch Metadata ({@code Sec-Fetch-Site},
 * sent by every current browser) and {@code Origin} (sent with every form post). Another site can
 * make a browser send a request, but cannot change these headers.
 */
public final class RequestOrigin {

  private RequestOrigin() {}

  /** True when the browser says the request came from this service's own pages. */
  public static boolean saysSameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") && !originIsForeign(request);
    }
    return request.getHeader("Origin") != null && !originIsForeign(request);
  }

  /** True when the browser says the request came from another site (saying nothing is not that). */
  public static boolean saysCrossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    return (site != null && !site.equals("same-origin")) || originIsForeign(request);
  }

  private static boolean originIsForeign(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI from = URI.create(origin);
      int port =
          from.getPort() != -1
              ? from.getPort()
              : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
      return !(request.getScheme().equalsIgnoreCase(from.getScheme())
          && request.getServerName().equalsIgnoreCase(from.getHost())
          && request.getServerPort() == port);
    } catch (IllegalArgumentException | NullPointerException unreadable) {
      return true;
    }
  }
}
