package uk.missingchildren.response.action;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such action in this partnership: a 404, whether it does not exist or belongs to another. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ActionNotFoundException extends RuntimeException {

  public ActionNotFoundException() {
    super("No such action in this partnership");
  }
}
