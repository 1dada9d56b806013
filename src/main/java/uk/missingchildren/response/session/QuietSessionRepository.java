package uk.missingchildren.response.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session writes a session's last access time to the database on every request, so every
 * page a signed-in person opens would be a database write. This repository passes the new time on
 * only when the stored one is older than a sixtieth of the session's lifetime (a minute of the
 * default hour), so a page view is a write only when something in the session changed or that much
 * time has passed. A session may then end up to that much earlier than the browser's timeout
 * warning counts, which warns five minutes ahead.
 *
 * <p>It also reads each session once per request: Spring Session reads it again after saving it, to
 * see whether the browser's session id is still good, which was a second database query on every
 * page. {@link OneReadPerRequest} forgets what was read when the request ends.
 *
 * <p>It wraps the repository Spring Boot makes ({@link QuietSessions} puts it in place), so
 * everything else about sessions, including signing someone out everywhere, stays Spring's.
 */
final class QuietSessionRepository
    implements FindByIndexNameSessionRepository<Session>, DisposableBean {

  private static final ThreadLocal<Map<String, Session>> READ_THIS_REQUEST =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** Whatever the session's length, a write at least this often is no burden. */
  static final Duration LEAST_QUIET = Duration.ofSeconds(1);

  private final JdbcIndexedSessionRepository jdbc;

  /**
   * The same repository, typed by the public Session interface (its own session class is private).
   */
  private final FindByIndexNameSessionRepository<Session> delegate;

  @SuppressWarnings({"unchecked", "rawtypes"})
  QuietSessionRepository(JdbcIndexedSessionRepository jdbc) {
    this.jdbc = jdbc;
    this.delegate = (FindByIndexNameSessionRepository) jdbc;
  }

  @Override
  public Session createSession() {
    return new Quiet(delegate.createSession());
  }

  @Override
  public void save(Session session) {
    delegate.save(((Quiet) session).stored);
  }

  @Override
  public Session findById(String id) {
    Map<String, Session> read = READ_THIS_REQUEST.get();
    Session known = read.get(id);
    if (known != null) {
      return known;
    }
    var found = delegate.findById(id);
    if (found == null) {
      return null;
    }
    Session session = new Quiet(found);
    read.put(id, session);
    return session;
  }

  @Override
  public void deleteById(String id) {
    READ_THIS_REQUEST.get().remove(id);
    delegate.deleteById(id);
  }

  /** Called when a request ends. */
  static void forgetRequest() {
    READ_THIS_REQUEST.remove();
  }

  @Override
  public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    return Map.copyOf(delegate.findByIndexNameAndIndexValue(indexName, indexValue));
  }

  @Override
  public void destroy() {
    jdbc.destroy();
  }

  /** One session, passing every change on except a last access time that is recent enough. */
  private static final class Quiet implements Session {

    private final Session stored;

    Quiet(Session stored) {
      this.stored = stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Duration quiet = stored.getMaxInactiveInterval().dividedBy(60);
      if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime)
              .compareTo(quiet.compareTo(LEAST_QUIET) < 0 ? Duration.ZERO : quiet)
          >= 0) {
        stored.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }

  /** Puts the quiet repository in place of the one Spring Boot makes, under the same bean name. */
  static final class QuietSessions implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      return bean instanceof JdbcIndexedSessionRepository jdbc
          ? new QuietSessionRepository(jdbc)
          : bean;
    }
  }
}
