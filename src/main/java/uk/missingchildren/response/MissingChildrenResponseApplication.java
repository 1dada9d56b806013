package uk.missingchildren.response;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Missing Children Response Assessment Tool. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MissingChildrenResponseApplication {

  public static void main(String[] args) {
    SpringApplication.run(MissingChildrenResponseApplication.class, args);
  }
}
