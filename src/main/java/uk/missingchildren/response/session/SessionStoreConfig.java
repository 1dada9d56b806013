package uk.missingchildren.response.session;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both add the same attribute (a double click that leaves the same
 * flash message twice) would otherwise both INSERT it, and the second would fail with a duplicate
 * key after its work was done: an error page for a change that was made. Adding an attribute is an
 * upsert instead, in each database's own words.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

  private static final String H2_UPSERT_ATTRIBUTE =
      """
      MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

  /** Static: a post-processor is made before the beans it processes. */
  @Bean
  static QuietSessionRepository.QuietSessions quietSessions() {
    return new QuietSessionRepository.QuietSessions();
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAreUpserted(
      DataSource dataSource) throws SQLException {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.getMetaData().getDatabaseProductName();
    }
    if ("PostgreSQL".equals(database)) {
      return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
    return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
  }
}
