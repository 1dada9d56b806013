package uk.missingchildren.response.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.missingchildren.response.MissingChildrenResponseApplication;

/**
 * Starts and stops whole instances of the service on one database, for tests about restarts and
 * about several instances running side by side.
 */
public final class ServiceInstances {

  private ServiceInstances() {}

  /**
   * A database that outlives an instance: a file for H2 (like the default), a new one on
   * PostgreSQL.
   */
  public static TestDatabase.Connection persistentDatabase() {
    if (TestDatabase.isPostgres()) {
      return TestDatabase.newDatabase();
    }
    Path file = Path.of("target", "restart-test", UUID.randomUUID().toString()).toAbsolutePath();
    return new TestDatabase.Connection(
        "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
        "sa",
        "");
  }

  public static ConfigurableApplicationContext start(
      TestDatabase.Connection database, String... moreArguments) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.main.banner-mode=off",
                "--app.accounts.bcrypt-cost=4"));
    arguments.addAll(List.of(moreArguments));
    return new SpringApplicationBuilder(MissingChildrenResponseApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  /** A confirmed account, made directly in the instance's database. */
  public static void givenAccount(
      ConfigurableApplicationContext context, String email, String password) {
    var encoder =
        context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
    var account =
        new uk.missingchildren.response.account.Account(
            email, encoder.encode(password), "Restart Person", java.time.Instant.now());
    account.verifyEmail(java.time.Instant.now());
    context.getBean(uk.missingchildren.response.account.Accounts.class).save(account);
  }

  public static String baseUrl(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://localhost:" + port;
  }
}
