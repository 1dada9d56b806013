package uk.missingchildren.response.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database integration tests run on, chosen by the {@code test.database} system property:
 * {@code h2} (in memory, in PostgreSQL mode, like the embedded default) or {@code postgres} (a real
 * PostgreSQL server started from the zonky embedded binaries, so no setup is needed). Failsafe runs
 * every integration test once with each.
 */
public final class TestDatabase {

  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private static final java.time.Duration CONTEXTS_CLOSE_WITHIN = java.time.Duration.ofSeconds(20);
  private static EmbeddedPostgres postgres;
  private static boolean announced;

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("test.database", "h2"));
  }

  /** Points the application context at a fresh database of the chosen kind. */
  public static void register(DynamicPropertyRegistry registry) {
    Connection connection = newDatabase();
    registry.add("spring.datasource.url", connection::url);
    registry.add("spring.datasource.username", connection::username);
    registry.add("spring.datasource.password", connection::password);
  }

  /** A new, empty database that outlives any one application context in this JVM. */
  public static synchronized Connection newDatabase() {
    announce();
    if (isPostgres()) {
      String name = "test_" + UUID.randomUUID().toString().replace("-", "");
      try (var connection = postgres().getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Could not create a test database on PostgreSQL", e);
      }
      return new Connection(postgres().getJdbcUrl("postgres", name), "postgres", "postgres");
    }
    return new Connection("jdbc:h2:mem:" + UUID.randomUUID() + H2_OPTIONS, "sa", "");
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopPostgres));
    }
    return postgres;
  }

  /**
   * Stops the server once Spring's own shutdown hooks have closed the application contexts, so that
   * their connection pools close against a server that is still there rather than failing to reach
   * one that has gone.
   */
  private static void stopPostgres() {
    for (Thread hook : Thread.getAllStackTraces().keySet()) {
      if (hook != Thread.currentThread()
          && hook.getName().startsWith("Spring")
          && hook.getName().endsWith("ShutdownHook")) {
        try {
          hook.join(CONTEXTS_CLOSE_WITHIN.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    try {
      postgres.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary data directory is removed with it.
    }
  }

  private static void announce() {
    if (!announced) {
      announced = true;
      System.out.println(
          "==> Integration tests are running on "
              + (isPostgres()
                  ? "PostgreSQL (embedded server, real binaries)"
                  : "H2 (PostgreSQL mode)"));
    }
  }

  /** How to reach one test database. */
  public record Connection(String url, String username, String password) {}
}
