package uk.missingchildren.response.agencyviews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request, person or view here, or not for this person to see: a 404, as for another
 * partnership's, so nobody learns whether views were asked for.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ViewsNotFoundException extends RuntimeException {

  ViewsNotFoundException() {
    super("No such views here for this person");
  }
}
