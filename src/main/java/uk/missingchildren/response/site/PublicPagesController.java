package uk.missingchildren.response.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages anyone can read before signing in. */
@Controller
class PublicPagesController {

  @GetMapping("/")
  String start() {
    return "site/start";
  }

  @GetMapping("/information-sheet")
  String informationSheet() {
    return "site/information-sheet";
  }

  @GetMapping("/resources")
  String resources() {
    return "site/resources";
  }

  @GetMapping("/accessibility")
  String accessibilityStatement() {
    return "site/accessibility";
  }

  @GetMapping("/privacy")
  String privacyNotice() {
    return "site/privacy";
  }

  @GetMapping("/cookies")
  String cookies() {
    return "site/cookies";
  }
}
