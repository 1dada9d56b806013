package uk.missingchildren.response.partnership;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The partnership does not exist, or the person is not a member of it. Both answer 404, so nobody
 * can tell another partnership's records exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PartnershipNotFoundException extends RuntimeException {

  public PartnershipNotFoundException() {
    super("No such partnership for this person");
  }
}
