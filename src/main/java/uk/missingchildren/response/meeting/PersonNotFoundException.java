package uk.missingchildren.response.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person on this partnership's list: a 404, as for another partnership's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PersonNotFoundException extends RuntimeException {

  PersonNotFoundException() {
    super("No such person on this partnership's list");
  }
}
