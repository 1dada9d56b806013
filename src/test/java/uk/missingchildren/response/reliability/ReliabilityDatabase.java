package uk.missingchildren.response.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A database that outlives the service process: a file for the embedded H2 default (with the very
 * options of application.yaml), or a real PostgreSQL server from the zonky embedded binaries.
 */
final class ReliabilityDatabase implements AutoCloseable {

  final String name;
  final String url;
  final String username;
  final String password;
  private final EmbeddedPostgres postgres;

  private ReliabilityDatabase(
      String name, String url, String username, String password, EmbeddedPostgres postgres) {
    this.name = name;
    this.url = url;
    this.username = username;
    this.password = password;
    this.postgres = postgres;
  }

  static ReliabilityDatabase h2(Path folder, String defaultUrl) {
    String url = defaultUrl.replace("./data/", folder.toAbsolutePath() + "/");
    return new ReliabilityDatabase("H2 (embedded default, file)", url, "sa", "", null);
  }

  static ReliabilityDatabase postgres() throws IOException, SQLException {
    EmbeddedPostgres server = EmbeddedPostgres.builder().start();
    String database = "reliability_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE " + database);
    }
    return new ReliabilityDatabase(
        "PostgreSQL " + version(server),
        server.getJdbcUrl("postgres", database),
        "postgres",
        "postgres",
        server);
  }

  /**
   * A connection for checking what was kept. On H2 open it only while the service is down (or after
   * it has opened the file): whichever process opens an AUTO_SERVER file first serves it to the
   * others.
   */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  private static String version(EmbeddedPostgres server) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        var rows = connection.createStatement().executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
