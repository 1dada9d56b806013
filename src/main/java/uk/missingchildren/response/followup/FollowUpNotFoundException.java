package uk.missingchildren.response.followup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such follow-up meeting (or attendee) in this partnership: a 404, as for another partnership's.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FollowUpNotFoundException extends RuntimeException {

  FollowUpNotFoundException() {
    super("No such follow-up meeting in this partnership");
  }
}
