package uk.missingchildren.response.checklist;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A change sent to a review completed meanwhile (from another laptop, say) takes the person to the
 * review, which says it is complete; a background save is told the same in JSON.
 */
@ControllerAdvice(basePackageClasses = ReviewLockedAdvice.class)
class ReviewLockedAdvice {

  @ExceptionHandler(ReviewCompletedException.class)
  Object locked(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept != null && accept.startsWith("application/json")) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", "submitted"));
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return "redirect:/partnerships/" + variables.get("partnershipId") + "/reviews/" + variables.get("reviewId") + "?locked";
  }
}
