package uk.missingchildren.response.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who a request came from and where it was addressed, before anything else reads it.
 *
 * <ul>
 *   <li>X-Forwarded-For, -Proto, -Host and -Port are believed only when the request came straight
 *       from a configured proxy ({@link ProxyProperties}); from anyone else they are removed, so
 *       nobody can pick their own address to dodge sign-in throttling.
 *   <li>The client's address is the rightmost one in X-Forwarded-For that is not a trusted proxy:
 *       the leftmost is whatever the client chose to send.
 *   <li>Every redirect is relative (path and query only), so no Host or X-Forwarded-Host header can
 *       send anyone to another site: browsers resolve it against the address they are already on.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(ProxyProperties.class)
class TrustedProxyFilter extends OncePerRequestFilter {

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final List<String> FORWARDED_HEADERS =
      List.of(
          "forwarded",
          "x-forwarded-for",
          "x-forwarded-proto",
          "x-forwarded-host",
          "x-forwarded-port",
          "x-forwarded-prefix",
          "x-forwarded-ssl",
          "x-real-ip");

  private final List<IpAddressMatcher> proxies;

  private final List<ExternalRedirects> external;

  TrustedProxyFilter(ProxyProperties properties, List<ExternalRedirects> external) {
    this.external = external;
    this.proxies = properties.trusted().stream().map(IpAddressMatcher::new).toList();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest seen =
        trusted(request.getRemoteAddr()) ? new Forwarded(request) : new Direct(request);
    chain.doFilter(seen, new RelativeRedirects(response, external));
  }

  private boolean trusted(String address) {
    return address != null
        && IP_LITERAL.matcher(address).matches()
        && proxies.stream().anyMatch(proxy -> proxy.matches(address));
  }

  /** A request from anyone but a trusted proxy: its forwarded headers are not there. */
  private static class Direct extends HttpServletRequestWrapper {
    Direct(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return FORWARDED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
          ? null
          : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return FORWARDED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = new ArrayList<>();
      Collections.list(super.getHeaderNames()).stream()
          .filter(name -> !FORWARDED_HEADERS.contains(name.toLowerCase(Locale.ROOT)))
          .forEach(names::add);
      return Collections.enumeration(names);
    }
  }

  /** A request through a trusted proxy: the client, scheme and host it reports. */
  private class Forwarded extends Direct {
    private final String client;
    private final String scheme;
    private final String host;
    private final int port;

    Forwarded(HttpServletRequest request) {
      super(request);
      this.client = client(request);
      String proto = first(request.getHeader("X-Forwarded-Proto"));
      this.scheme =
          "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)
              ? proto.toLowerCase(Locale.ROOT)
              : request.getScheme();
      String forwardedHost = first(request.getHeader("X-Forwarded-Host"));
      URI hostAndPort = forwardedHost == null ? null : hostAndPort(forwardedHost);
      this.host = hostAndPort == null ? request.getServerName() : hostAndPort.getHost();
      String forwardedPort = first(request.getHeader("X-Forwarded-Port"));
      if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
        this.port = Integer.parseInt(forwardedPort);
      } else if (hostAndPort != null && hostAndPort.getPort() != -1) {
        this.port = hostAndPort.getPort();
      } else if (proto != null || hostAndPort != null) {
        this.port = "https".equals(scheme) ? 443 : 80;
      } else {
        this.port = request.getServerPort();
      }
    }

    private String client(HttpServletRequest request) {
      String chain = request.getHeader("X-Forwarded-For");
      if (chain == null) {
        return request.getRemoteAddr();
      }
      String[] hops = chain.split(",");
      String nearest = request.getRemoteAddr();
      for (int i = hops.length - 1; i >= 0; i--) {
        String hop = hops[i].strip();
        if (!IP_LITERAL.matcher(hop).matches()) {
          // Not an address: believe nothing further left of it.
          return nearest;
        }
        nearest = hop;
        if (!trusted(hop)) {
          return hop;
        }
      }
      return nearest;
    }

    @Override
    public String getRemoteAddr() {
      return client;
    }

    @Override
    public String getRemoteHost() {
      return client;
    }

    @Override
    public String getScheme() {
      return scheme;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(scheme);
    }

    @Override
    public String getServerName() {
      return host;
    }

    @Override
    public int getServerPort() {
      return port;
    }

    @Override
    public StringBuffer getRequestURL() {
      boolean defaultPort =
          ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
      return new StringBuffer(scheme)
          .append("://")
          .append(host)
          .append(defaultPort ? "" : ":" + port)
          .append(getRequestURI());
    }

    private static String first(String header) {
      return header == null || header.isBlank() ? null : header.split(",")[0].strip();
    }

    private static URI hostAndPort(String value) {
      try {
        URI uri = URI.create("http://" + value);
        return uri.getHost() == null ? null : uri;
      } catch (IllegalArgumentException unreadable) {
        return null;
      }
    }
  }

  /**
   * Turns any absolute redirect into a relative one: this service only ever redirects to itself,
   * except to an address a feature vouches for (an organisation's sign-in page).
   */
  private static class RelativeRedirects extends HttpServletResponseWrapper {
    private final List<ExternalRedirects> external;

    RelativeRedirects(HttpServletResponse response, List<ExternalRedirects> external) {
      super(response);
      this.external = external;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(ours(location));
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
      super.sendRedirect(ours(location), sc, clearBuffer);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "location".equalsIgnoreCase(name) ? ours(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "location".equalsIgnoreCase(name) ? ours(value) : value);
    }

    private String ours(String location) {
      if (location != null && external.stream().anyMatch(e -> e.allows(location))) {
        return location;
      }
      return relative(location);
    }

    static String relative(String location) {
      if (location == null) {
        return null;
      }
      try {
        URI uri = URI.create(location.strip());
        if (uri.getScheme() == null && uri.getRawAuthority() == null) {
          return location;
        }
        String path =
            uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
      } catch (IllegalArgumentException unreadable) {
        return "/";
      }
    }
  }
}
