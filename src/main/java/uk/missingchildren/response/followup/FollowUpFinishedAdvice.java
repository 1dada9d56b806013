package uk.missingchildren.response.followup;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/** A change sent to a meeting finished meanwhile (from another laptop, say) takes the person to its minutes. */
@ControllerAdvice(basePackageClasses = FollowUpFinishedAdvice.class)
class FollowUpFinishedAdvice {

  @ExceptionHandler(FollowUpFinishedException.class)
  String finished(HttpServletRequest request) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return "redirect:/partnerships/" + variables.get("partnershipId") + "/follow-ups/" + variables.get("meetingId")
        + "/minutes?finished";
  }
}
