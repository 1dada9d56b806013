package uk.missingchildren.response.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A route that fails on purpose, so tests can see what people see when something breaks. */
@Controller
public class FailingRoute {

  public static final String PATH = "/test-only/failure";
  public static final String SECRET_DETAIL = "internal-detail-that-must-not-leak";

  @GetMapping(PATH)
  String fail() {
    throw new IllegalStateException(SECRET_DETAIL);
  }
}
