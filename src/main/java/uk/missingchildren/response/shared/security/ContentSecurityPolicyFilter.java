package uk.missingchildren.response.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a strict Content-Security-Policy with a fresh nonce per response. Templates put the nonce
 * (request attribute {@value #NONCE_ATTRIBUTE}) on the few script and style elements that need it,
 * so nothing inline runs unless we wrote it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ContentSecurityPolicyFilter extends OncePerRequestFilter {

  public static final String NONCE_ATTRIBUTE = "cspNonce";
  private static final int NONCE_BYTES = 18;

  private final SecureRandom random = new SecureRandom();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String nonce = newNonce();
    request.setAttribute(NONCE_ATTRIBUTE, nonce);
    response.setHeader("Content-Security-Policy", policy(nonce));
    chain.doFilter(request, response);
  }

  static String policy(String nonce) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self' 'nonce-" + nonce + "'",
        "style-src 'self' 'nonce-" + nonce + "'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  private String newNonce() {
    byte[] bytes = new byte[NONCE_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
