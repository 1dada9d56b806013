package uk.missingchildren.response.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests that need a real SMTP server: email goes to {@link TestSmtpServer}.
 */
public abstract class SmtpIntegrationTest extends IntegrationTest {

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtpServer.register(registry);
  }

  @BeforeEach
  void emptyTheMailbox() {
    TestSmtpServer.clear();
  }
}
