package uk.missingchildren.response.displaymode;

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
 * Puts the visitor's display mode on the request, so every page, error pages included, is drawn in
 * the presentation they chose.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DisplayModeFilter extends OncePerRequestFilter {

  static final String ATTRIBUTE = "displayMode";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ATTRIBUTE, DisplayModeCookie.read(request));
    chain.doFilter(request, response);
  }
}
