package uk.missingchildren.response.meeting;

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
 * Says on the request whether the presenter view is on, for the page frame: a meeting page then
 * draws itself for the room ({@code layout/main}, with its {@code meetingBar}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class PresenterViewFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (PresenterView.isOn(request)) {
      request.setAttribute(PresenterView.ATTRIBUTE, Boolean.TRUE);
    }
    chain.doFilter(request, response);
  }
}
