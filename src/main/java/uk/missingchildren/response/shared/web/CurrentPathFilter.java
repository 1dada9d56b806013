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

/**
 * Exposes the path of the page being shown, so controls in the page frame (such as the Low Vision
 * Mode switch) can bring the user back to it. Set before any error dispatch, so error pages know
 * the page that was asked for too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CurrentPathFilter extends OncePerRequestFilter {

  public static final String CURRENT_PATH_ATTRIBUTE = "currentPath";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String current = "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
    request.setAttribute(CURRENT_PATH_ATTRIBUTE, LocalRedirects.localPathOrHome(current));
    chain.doFilter(request, response);
  }
}
