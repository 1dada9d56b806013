package uk.missingchildren.response.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: the whole application on a random port, on the database chosen by
 * {@link TestDatabase}. Every subclass shares one application context, so keep their configuration
 * identical.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FailingRoute.class, TestUsers.class, QueryCounter.class})
public abstract class IntegrationTest {

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
