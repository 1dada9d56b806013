package uk.missingchildren.response.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for a value in every text and id column of every table, on H2 and PostgreSQL alike, so a
 * test can show that something deleted has left nothing behind anywhere.
 */
public final class EveryTable {

  private static final Set<String> SEARCHED_TYPES =
      Set.of(
          "character varying",
          "varchar",
          "text",
          "uuid",
          "character large object",
          "clob",
          "character");

  private EveryTable() {}

  /** The columns holding {@code value} (ignoring case), as "table.column" with how many rows. */
  public static Map<String, Long> mentionsOf(JdbcTemplate jdbc, String value) {
    Map<String, Long> found = new LinkedHashMap<>();
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
                + "WHERE LOWER(table_schema) = 'public' ORDER BY table_name, column_name");
    for (Map<String, Object> column : columns) {
      String type = String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
      String table = String.valueOf(column.get("table_name")).toLowerCase(Locale.ROOT);
      if (!SEARCHED_TYPES.contains(type) || table.startsWith("flyway")) {
        continue;
      }
      String name = String.valueOf(column.get("column_name")).toLowerCase(Locale.ROOT);
      Long rows =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM "
                  + table
                  + " WHERE LOWER(CAST("
                  + name
                  + " AS VARCHAR(100000))) LIKE ?",
              Long.class,
              "%" + value.toLowerCase(Locale.ROOT) + "%");
      if (rows != null && rows > 0) {
        found.put(table + "." + name, rows);
      }
    }
    return found;
  }
}
