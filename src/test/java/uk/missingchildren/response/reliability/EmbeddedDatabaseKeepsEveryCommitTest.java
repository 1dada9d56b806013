package uk.missingchildren.response.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default database must not lose a commit it has acknowledged when the service is
 * killed: H2 otherwise writes commits to its file up to half a second later. A child process
 * commits rows on the very database URL the application uses by default; it is killed with SIGKILL
 * mid-stream, and every row it reported as committed must be in the file afterwards.
 */
class EmbeddedDatabaseKeepsEveryCommitTest {

  @TempDir Path folder;

  @Test
  void everyAcknowledgedCommit_survivesTheProcessBeingKilled() throws Exception {
    String url = defaultDatabaseUrl().replace("./data/", folder.toAbsolutePath() + "/");
    try (var connection = DriverManager.getConnection(url, "sa", "")) {
      connection.createStatement().execute("CREATE TABLE committed_row (n INTEGER PRIMARY KEY)");
    }
    int lastAcknowledged = 0;
    for (int kill = 0; kill < 3; kill++) {
      lastAcknowledged = Math.max(lastAcknowledged, commitUntilKilled(url, 300 + kill * 200));
      try (var connection = DriverManager.getConnection(url, "sa", "");
          var rows =
              connection
                  .createStatement()
                  .executeQuery("SELECT COUNT(*), MAX(n) FROM committed_row")) {
        rows.next();
        assertThat(rows.getInt(2))
            .as(
                "the highest row present after kill %d, against the last one acknowledged",
                kill + 1)
            .isGreaterThanOrEqualTo(lastAcknowledged);
        lastAcknowledged = rows.getInt(2);
        assertThat(rows.getInt(1))
            .as("rows are numbered from 1 without gaps")
            .isEqualTo(lastAcknowledged);
      }
    }
  }

  /**
   * Starts a committer, reads its acknowledgements until it has made {@code atLeast} more, kills
   * it.
   */
  private static int commitUntilKilled(String url, int atLeast) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommitLoop.class.getName(),
                url)
            .redirectErrorStream(true)
            .start();
    int acknowledged = 0;
    int seen = 0;
    StringBuilder other = new StringBuilder();
    try (var lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.startsWith("committed ")) {
          other.append(line).append('\n');
        } else {
          acknowledged = Integer.parseInt(line.substring("committed ".length()));
          if (++seen >= atLeast) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(seen)
        .as("the child process committed rows; it said:\n%s", other)
        .isGreaterThanOrEqualTo(atLeast);
    return acknowledged;
  }

  private static String defaultDatabaseUrl() throws Exception {
    var sources =
        new YamlPropertySourceLoader()
            .load("application", new ClassPathResource("application.yaml"));
    String url = String.valueOf(sources.get(0).getProperty("spring.datasource.url"));
    assertThat(url).startsWith("jdbc:h2:file:./data/");
    // AUTO_SERVER starts a TCP server thread for a second process; not needed for one process.
    return url;
  }
}
