package uk.missingchildren.response.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** In the demo profile, the one clock every service reads is the {@link StoryClock}. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

  @Bean
  @Primary
  StoryClock storyClock() {
    return new StoryClock();
  }
}
