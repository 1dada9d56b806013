package uk.missingchildren.response.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such round (benchmark or checklist review) to compare in this partnership: a 404, as for
 * another's.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RoundNotFoundException extends RuntimeException {

  RoundNotFoundException() {
    super("No such round in this partnership");
  }
}
