package uk.missingchildren.response.framework;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current framework as JSON, for integrations. */
@RestController
class FrameworkApiController {

  private final FrameworkCatalogue catalogue;

  FrameworkApiController(FrameworkCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping(path = "/api/framework", produces = "application/json")
  ResponseEntity<FrameworkJson> current() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(FrameworkJson.of(catalogue.current()));
  }
}
