package uk.missingchildren.response.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole service, so tests can control time (token expiry, throttling). */
@Configuration
class TimeConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
