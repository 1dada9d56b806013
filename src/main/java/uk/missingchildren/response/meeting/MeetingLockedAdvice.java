package uk.missingchildren.response.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns a change to a finished meeting into a visit to that meeting, which says it is finished and
 * who can reopen it; a page saving in the background is told the same in JSON.
 */
@ControllerAdvice
class MeetingLockedAdvice {

  @ExceptionHandler(MeetingLockedException.class)
  Object locked(MeetingLockedException locked, HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept != null && accept.startsWith("application/json")) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", "submitted"));
    }
    return "redirect:" + locked.whereToGo();
  }
}
