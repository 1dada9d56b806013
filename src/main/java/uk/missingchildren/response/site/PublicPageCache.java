package uk.missingchildren.response.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.missingchildren.response.displaymode.DisplayMode;
import uk.missingchildren.response.shared.web.WholeTextResponse;

/**
 * The public pages (the start page, the information sheet, the checklists...) are the same for
 * every visitor who is not signed in, in each display mode: nothing on them is personal, no form on
 * them carries a token, and they change only with a new release. The first visit draws each one;
 * later visits get the same bytes and headers from memory, before sessions, security or templates
 * are involved. Anyone with a session, a message waiting (the flash cookie) or a query string is
 * drawn a page as usual, and so is any page whose answer was not a plain 200 without cookies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class PublicPageCache extends OncePerRequestFilter {

  /** The pages served from memory: the public controllers' GET pages. */
  private static final Pattern PUBLIC_PAGES =
      Pattern.compile(
          "/|/information-sheet|/resources|/accessibility|/privacy|/cookies|/checklists|/checklists/[a-z-]{1,60}");

  private static final Set<String> VISITOR_COOKIES = Set.of("SESSION", "flash");
  private static final Set<String> NOT_REPLAYED =
      Set.of("set-cookie", "date", "content-length", "transfer-encoding");

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key =
        request.getMethod().equals("HEAD")
            ? null
            : request.getRequestURI() + " " + DisplayMode.of(request).value();
    Page page = key == null ? null : pages.get(key);
    if (page != null) {
      page.writeTo(response);
      return;
    }
    Recording recording = new Recording(response);
    chain.doFilter(request, recording);
    recording.finish();
    Page drawn = recording.page();
    if (key != null && drawn != null) {
      pages.putIfAbsent(key, drawn);
    }
  }

  private static boolean cacheable(HttpServletRequest request) {
    if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || request.getQueryString() != null
        || !PUBLIC_PAGES.matcher(request.getRequestURI()).matches()) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (VISITOR_COOKIES.contains(cookie.getName())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A page as it was sent: status 200, its headers (cookies and dates aside) and its bytes. */
  private record Page(
      String contentType, Locale locale, Map<String, List<String>> headers, byte[] body) {
    void writeTo(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType(contentType);
      response.setLocale(locale);
      headers.forEach(
          (name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
          });
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** Passes the page on to the browser and keeps a copy. */
  private static final class Recording extends WholeTextResponse {
    private boolean setsCookie;
    private byte[] sent = new byte[0];

    Recording(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      setsCookie |= "set-cookie".equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
      setsCookie |= "set-cookie".equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public void addCookie(Cookie cookie) {
      setsCookie = true;
      super.addCookie(cookie);
    }

    @Override
    public byte[] finish() throws IOException {
      sent = super.finish();
      return sent;
    }

    Page page() {
      String type = getContentType();
      if (getStatus() != SC_OK || setsCookie || type == null || !type.startsWith("text/html")) {
        return null;
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : getHeaderNames()) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!NOT_REPLAYED.contains(lower)
            && !lower.equals("content-type")
            && !lower.equals("content-language")) {
          headers.put(name, List.copyOf(getHeaders(name)));
        }
      }
      return sent.length == 0 ? null : new Page(type, getLocale(), Map.copyOf(headers), sent);
    }
  }
}
