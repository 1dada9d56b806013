package uk.missingchildren.response.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people changing the same thing at the same moment (two "Submit" presses on two laptops, two
 * people starting the same checklist) can reach the database together; the loser's change is
 * refused by a version check or a unique constraint. That is not a server error: they get a page
 * saying so (409), and a page saving in the background gets the "conflict" status it already
 * understands. Features that can do better (show both versions, or lead to the one that won) handle
 * these first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConcurrentChangeAdvice {

  private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeAdvice.class);

  @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
  Object concurrentChange(HttpServletRequest request, RuntimeException refused) {
    log.warn(
        "Refused a change to {} made at the same time as another: {}",
        request.getRequestURI(),
        refused.getMessage());
    String accept = request.getHeader("Accept");
    if (accept != null && accept.startsWith("application/json")) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", "conflict"));
    }
    ModelAndView page = new ModelAndView("error/conflict", HttpStatus.CONFLICT);
    page.addObject("returnTo", samePageOrHome(request));
    return page;
  }

  /** The page the form was on, when the browser says and it is one of ours. */
  private static String samePageOrHome(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      URI from = URI.create(referer);
      if (from.getHost() != null && !from.getHost().equalsIgnoreCase(request.getServerName())) {
        return "/";
      }
      return LocalRedirects.localPathOrHome(
          from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
    } catch (IllegalArgumentException unreadable) {
      return "/";
    }
  }
}
