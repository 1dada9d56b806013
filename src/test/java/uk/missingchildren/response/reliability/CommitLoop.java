package uk.missingchildren.response.reliability;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A child process for {@link EmbeddedDatabaseKeepsEveryCommitTest}: commits numbered rows to a
 * database as fast as it can, after those already there, and prints "committed N" after each commit
 * returns, until it is killed.
 */
public final class CommitLoop {

  private CommitLoop() {}

  public static void main(String[] args) throws SQLException {
    try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
      int first;
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery("SELECT COALESCE(MAX(n), 0) + 1 FROM committed_row")) {
        rows.next();
        first = rows.getInt(1);
      }
      connection.setAutoCommit(false);
      try (var insert = connection.prepareStatement("INSERT INTO committed_row (n) VALUES (?)")) {
        for (int n = first; ; n++) {
          insert.setInt(1, n);
          insert.executeUpdate();
          connection.commit();
          System.out.println("committed " + n);
          System.out.flush();
        }
      }
    }
  }
}
