package uk.missingchildren.response.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A change sent to a benchmark that has been submitted meanwhile (say, from a second laptop) is not
 * an error page: the person is taken to the benchmark, which says it was submitted and by whom it
 * can be reopened. A page saving in the background is told the same in JSON.
 */
@ControllerAdvice(basePackageClasses = BenchmarkLockedAdvice.class)
class BenchmarkLockedAdvice {

  @ExceptionHandler(BenchmarkSubmittedException.class)
  Object locked(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept != null && accept.startsWith("application/json")) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", "submitted"));
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return "redirect:/partnerships/" + variables.get("partnershipId") + "/benchmarks/"
        + variables.get("benchmarkId") + "?locked";
  }
}
