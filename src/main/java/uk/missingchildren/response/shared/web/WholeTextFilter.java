package uk.missingchildren.response.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request a {@link WholeTextResponse}, outside everything else. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WholeTextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    WholeTextResponse whole = new WholeTextResponse(response);
    chain.doFilter(request, whole);
    // Reached only when the request succeeded: an error page is drawn afresh by the container.
    whole.finish();
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
