package uk.missingchildren.response.action;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such checklist item in the review, or no such stage-one question with actions arising for the
 * review's area: a 404, as for another partnership's records.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ActionSourceNotFoundException extends RuntimeException {

  ActionSourceNotFoundException() {
    super("Nothing to set an action for here");
  }
}
