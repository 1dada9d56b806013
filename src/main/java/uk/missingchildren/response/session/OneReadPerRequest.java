package uk.missingchildren.response.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter, so that what {@link QuietSessionRepository} read for a request is
 * forgotten once the request, and the session's saving at its end, are over.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class OneReadPerRequest extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      QuietSessionRepository.forgetRequest();
    }
  }
}
