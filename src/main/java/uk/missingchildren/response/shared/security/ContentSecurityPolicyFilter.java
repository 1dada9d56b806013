package uk.missingchildren.response.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a strict Content-Security-Policy: scripts, styles and everything else only from this
 * service, and nothing inline at all (the one script that must run before the page is drawn is a
 * file, {@code /js/init.js}). Being the same for every response, it lets a page be served from
 * memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ContentSecurityPolicyFilter extends OncePerRequestFilter {

  static final String POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", POLICY);
    chain.doFilter(request, response);
  }
}
