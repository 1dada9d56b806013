package uk.missingchildren.response.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the page frame to show the demonstration notice. A filter rather than a model attribute, so
 * that every page has it: error pages, pages drawn before any controller, and the public pages the
 * site keeps in memory (drawn once, with the notice, in a demo).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoNoticeFilter extends OncePerRequestFilter {

  /** The request attribute the layout looks for. */
  static final String ATTRIBUTE = "demoNotice";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    chain.doFilter(request, response);
  }

  /** An error page the container dispatches to directly still gets the notice. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
