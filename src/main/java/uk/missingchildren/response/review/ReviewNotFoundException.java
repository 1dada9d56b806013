package uk.missingchildren.response.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such review or item in this partnership: a 404, as for another partnership's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewNotFoundException extends RuntimeException {

  ReviewNotFoundException() {
    super("No such checklist review record in this partnership");
  }
}
