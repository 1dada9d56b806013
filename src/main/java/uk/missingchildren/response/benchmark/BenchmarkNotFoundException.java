package uk.missingchildren.response.benchmark;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such benchmark, attendee or question in this partnership: a 404, as for another partnership's.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BenchmarkNotFoundException extends RuntimeException {

  BenchmarkNotFoundException() {
    super("No such benchmark record in this partnership");
  }
}
